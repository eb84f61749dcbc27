using Ops.Sdk.Errors;

namespace Ops.Clients.Data;

/// <summary>Filters shared by listings and exports.</summary>
internal static class Filters
{
    public static void Status(ClientQuery query, string? status)
    {
        switch (status?.ToLowerInvariant())
        {
            case null or "": query.Where.Add("c.status <> 'left'"); break;
            case "any": break;
            case "active" or "paused" or "left":
                query.Where.Add("c.status = $Status");
                query.Args["Status"] = status.ToLowerInvariant();
                break;
            default: throw new UsageException($"--status '{status}' is not one of active, paused, left, any");
        }
    }
}
