using Ops.Host.Catalog;
using Ops.Sdk.Store;

namespace Ops.Host.Access;

/// <summary>Default roles and grants, and enabling a plugin (which seeds its declared defaults once).</summary>
internal static class Grants
{
    public static void SeedHost(IStore store, DateTimeOffset now)
    {
        foreach (var (name, description) in HostPermissions.DefaultRoles)
            store.Execute("INSERT INTO ops_roles (name, description) VALUES ($Name, $Description) ON CONFLICT (name) DO NOTHING",
                new { Name = name, Description = description });
        HostDefaultGrants.SeedMissing(store, now);
    }

    public static void EnablePlugin(IStore store, PluginEntry entry, DateTimeOffset now)
    {
        var seeded = store.Scalar<long?>("SELECT defaults_seeded FROM ops_plugins WHERE id = $Id", new { entry.Id }) == 1;
        store.Execute("""
            INSERT INTO ops_plugins (id, enabled, defaults_seeded, changed_at) VALUES ($Id, 1, 1, $Now)
            ON CONFLICT (id) DO UPDATE SET enabled = 1, defaults_seeded = 1, changed_at = excluded.changed_at
            """, new { entry.Id, Now = now });
        if (seeded) return;
        foreach (var permission in entry.Manifest.Permissions)
            foreach (var (role, scope) in permission.Defaults)
                if (store.Scalar<long>("SELECT count(*) FROM ops_roles WHERE name = $Role", new { Role = role }) > 0)
                    Seed(store, role, permission.Id, scope);
    }

    public static void DisablePlugin(IStore store, string id, DateTimeOffset now) =>
        store.Execute("""
            INSERT INTO ops_plugins (id, enabled, changed_at) VALUES ($Id, 0, $Now)
            ON CONFLICT (id) DO UPDATE SET enabled = 0, changed_at = excluded.changed_at
            """, new { Id = id, Now = now });

    private static void Seed(IStore store, string role, string permission, string scope) =>
        store.Execute("INSERT INTO ops_grants (subject, permission, scope) VALUES ($Subject, $Permission, $Scope) ON CONFLICT DO NOTHING",
            new { Subject = "role:" + role, Permission = permission, Scope = scope });
}
