using System.Security.Cryptography;
using System.Text;
using Ops.Sdk.Store;

namespace Ops.Host.Store.Postgres;

/// <summary>One PostgreSQL role per plugin and store (<c>ops_HASH_PREFIX</c>, NOLOGIN): it owns what the plugin's
/// migrations create and is granted SELECT on the views the plugin may read (<see cref="PluginSqlPolicy.Readable"/>).
/// Ops' login role is made a member, so that it may <c>SET ROLE</c> to it and read what plugins publish.
/// The login role needs CREATEROLE (docs/deploy.md).</summary>
internal static class PostgresRoles
{
    /// <summary>The role of <paramref name="policy"/>'s plugin in the store <paramref name="store"/> holds.</summary>
    public static string Ensure(PostgresStore store, PluginSqlPolicy policy)
    {
        var role = StorePrefix(store) + PluginSqlPolicy.PrefixOf(policy.PluginId).TrimEnd('_');
        store.Write(() =>
        {
            if (store.Scalar<long>("SELECT count(*) FROM pg_roles WHERE rolname = $Role", new { Role = role }) == 0)
                store.Execute($"CREATE ROLE \"{role}\" NOLOGIN");
            store.Execute($"GRANT \"{role}\" TO CURRENT_USER");
            store.Execute($"GRANT USAGE, CREATE ON SCHEMA \"{store.Scalar<string>("SELECT current_schema()")}\" TO \"{role}\"");
            foreach (var view in policy.Readable.Where(store.HasTable))
                store.Execute($"GRANT SELECT ON \"{view}\" TO \"{role}\"");
        });
        return role;
    }

    /// <summary>What the names of this store's plugin roles start with (<c>ops_HASH_</c>, the hash of database/schema).</summary>
    public static string StorePrefix(IStore store)
    {
        var where = store.Scalar<string>("SELECT current_database() || '/' || current_schema()")!;
        return $"ops_{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(where)))[..8]}_";
    }
}
