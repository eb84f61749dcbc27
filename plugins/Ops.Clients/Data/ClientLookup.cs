using Ops.Clients.Access;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Clients.Data;

/// <summary>Finds one client by id or INN among those the actor may see. A client out of scope is
/// reported exactly like a missing one, so lookups cannot be used to probe the base.</summary>
internal static class ClientLookup
{
    public static ClientRecord Find(ClientAccess access, string reference)
    {
        access.DemandView();
        var query = new ClientQuery(access);
        query.Where.Add("(c.inn = $Ref OR c.id = $RefId)");
        query.Args["Ref"] = reference.Trim();
        query.Args["RefId"] = long.TryParse(reference.Trim(), out var id) && reference.Trim().Length < 10 ? id : -1;
        return query.Run().FirstOrDefault()
               ?? throw new NotFoundException($"no client '{reference}' that you may see", "find it with: ops clients search TEXT");
    }

    /// <summary>The client, found as <see cref="Find"/> does, that the actor may change under <paramref name="permission"/>
    /// (its scope reaching this client today); otherwise denied, and the denial audited.</summary>
    public static ClientRecord FindFor(IOpsContext context, string reference, string permission)
    {
        var found = Find(new ClientAccess(context), reference);
        ClientAccess.DemandFor(context, permission, found.Id, context.Today);
        return found;
    }
}
