using Ops.Host.Access;
using Ops.Host.App;

namespace Ops.Host.Commands.Access;

/// <summary>Every permission known: the host's and those declared in installed plugins' manifests.</summary>
internal static class PermissionRegistry
{
    public sealed record Known(string Id, string Owner, string Description);

    public static IReadOnlyList<Known> All(OpsSession s) =>
        HostPermissions.All.Select(p => new Known(p.Id, "ops", p.Description))
            .Concat(s.Catalog.Entries.Where(e => e.State != Catalog.PluginState.Malformed)
                .SelectMany(e => e.Manifest.Permissions.Select(p => new Known(p.Id, e.Id, p.Description))))
            .ToList();
}
