using System.Text.RegularExpressions;

namespace Ops.Host.Store.Postgres;

/// <summary>What a plugin's SQL may be on PostgreSQL before it runs under the plugin's role
/// (<see cref="PostgresPluginStore"/>): plain statements only — queries, writes and its own tables, views and
/// indexes — never one that could leave the role (SET/RESET ROLE, set_config, ending the transaction the role
/// is set in, DO blocks), take the store's locks, or name an object outside its prefix. The server's privileges
/// decide what it may read and write; this decides that those privileges stay the plugin's.</summary>
internal static partial class PostgresPluginSql
{
    private static readonly HashSet<string> Starts = new(StringComparer.OrdinalIgnoreCase)
        { "SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES", "CREATE", "DROP", "ALTER" };

    /// <summary>Null when the SQL may run as the plugin, else what is refused, in words.</summary>
    public static string? Check(PluginSqlPolicy policy, string sql)
    {
        var code = PostgresSql.CodeOnly(sql);
        if (Forbidden().Match(code) is { Success: true } call) return $"may not call {call.Groups[1].Value}()";
        foreach (var statement in code.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            var first = FirstWord().Match(statement).Value;
            if (!Starts.Contains(first))
                return $"may not run {(first.Length > 0 ? first.ToUpperInvariant() : "this kind of")} statements: only queries, writes and its own tables, views and indexes";
            if (first.Equals("CREATE", StringComparison.OrdinalIgnoreCase) || first.Equals("DROP", StringComparison.OrdinalIgnoreCase)
                || first.Equals("ALTER", StringComparison.OrdinalIgnoreCase))
            {
                var ddl = Ddl().Match(statement);
                if (!ddl.Success) return $"may not run this {first.ToUpperInvariant()}: only CREATE/DROP of TABLE, VIEW or INDEX and ALTER TABLE, on an unquoted name";
                var name = ddl.Groups["name"].Value;
                if (!ddl.Groups["kind"].Value.Equals("INDEX", StringComparison.OrdinalIgnoreCase) && !policy.Own(name))
                    return $"may not create or drop '{name}': a plugin touches only its own tables ({PluginSqlPolicy.PrefixOf(policy.PluginId)}*)";
            }
        }
        return null;
    }

    [GeneratedRegex(@"^[A-Za-z]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^(?:CREATE\s+(?:UNIQUE\s+)?|DROP\s+|ALTER\s+)(?<kind>TABLE|VIEW|INDEX)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:\s|\(|$)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Ddl();

    [GeneratedRegex(@"\b(set_config|pg_advisory\w*|pg_try_advisory\w*|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|pg_sleep\w*|dblink\w*|lo_\w+|pg_read_\w+|pg_ls_\w+|pg_stat_file)\s*\(",
        RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();
}
