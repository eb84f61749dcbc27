using Ops.Host.Catalog;
using Ops.Sdk.Store;

namespace Ops.Host.Access;

/// <summary>Default roles and grants, and the defaults a plugin declares (seeded by Catalog/PluginStates when it is first enabled).</summary>
internal static class Grants
{
    public static void SeedHost(IStore store, DateTimeOffset now)
    {
        foreach (var (name, description) in HostPermissions.DefaultRoles)
            store.Execute("INSERT INTO ops_roles (name, description) VALUES ($Name, $Description) ON CONFLICT (name) DO NOTHING",
                new { Name = name, Description = description });
        HostDefaultGrants.SeedMissing(store, now);
    }

    /// <summary>The default grants a plugin declares, for the roles this store has (enabling it the first time).</summary>
    public static void SeedDefaults(IStore store, PluginEntry entry)
    {
        foreach (var permission in entry.Manifest.Permissions)
            foreach (var (role, scope) in permission.Defaults)
                if (store.Scalar<long>("SELECT count(*) FROM ops_roles WHERE name = $Role", new { Role = role }) > 0)
                    Seed(store, role, permission.Id, scope);
    }

    private static void Seed(IStore store, string role, string permission, string scope) =>
        store.Execute("INSERT INTO ops_grants (subject, permission, scope) VALUES ($Subject, $Permission, $Scope) ON CONFLICT DO NOTHING",
            new { Subject = "role:" + role, Permission = permission, Scope = scope });
}
