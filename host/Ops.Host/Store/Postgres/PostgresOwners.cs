namespace Ops.Host.Store.Postgres;

/// <summary>What <c>ops db check</c> checks on PostgreSQL beyond the audit chain (the server keeps page integrity
/// and foreign keys itself): that ownership still holds the plugins apart — a plugin's role owns only tables of its
/// own prefix (its published views may have any name), and no plugin role owns anything of the host's.</summary>
internal static class PostgresOwners
{
    public static List<string> Problems(IHostStore store)
    {
        var prefix = PostgresRoles.StorePrefix(store);
        return store.Query("""
                SELECT c.relname, pg_get_userbyid(c.relowner), c.relkind = 'v' FROM pg_class c
                WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'v', 'p') ORDER BY c.relname
                """, r => (Name: r.GetString(0), Owner: r.GetString(1), View: r.GetBoolean(2)))
            .ToList()
            .Select(t => Problem(t.Name, t.Owner, t.View, prefix))
            .OfType<string>()
            .ToList();
    }

    private static string? Problem(string name, string owner, bool view, string prefix)
    {
        if (!owner.StartsWith(prefix, StringComparison.Ordinal)) return null;   // the login role: the host's
        var plugin = owner[prefix.Length..] + "_";
        if (name.StartsWith("ops_", StringComparison.Ordinal))
            return $"owner: host {(view ? "view" : "table")} {name} is owned by plugin role {owner}; the plugin could change or hide host data";
        return view || name.StartsWith(plugin, StringComparison.Ordinal) ? null
            : $"owner: table {name} is owned by {owner}, whose plugin owns only {plugin}* tables";
    }
}
