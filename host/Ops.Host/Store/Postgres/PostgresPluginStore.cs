using System.Data.Common;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Host.Store.Postgres;

/// <summary>The PostgreSQL store as one plugin sees it: each statement, checked first
/// (<see cref="PostgresPluginSql"/>), runs under the plugin's own role (<c>SET LOCAL ROLE</c>, reset after it), which
/// owns the plugin's tables and may read only the host views it is given and the views of the plugins it depends on
/// (granted by <see cref="PostgresRoles"/>). The raw connection is not handed out: statements on it could not be held
/// to the role.</summary>
internal sealed class PostgresPluginStore(PostgresStore store, PluginSqlPolicy policy, string role) : IStore
{
    public DbConnection Connection => throw new AccessDeniedException(
        $"the store refused a statement: plugin '{policy.PluginId}' may not use the raw connection: on PostgreSQL its statements could not be held to its own tables",
        "use the store's Execute, Query, Scalar and Command, which run as the plugin");

    public DbTransaction? Transaction => store.Transaction;

    public DbCommand Command(string sql, object? args = null) => new PluginCommand(store.NewCommand(sql, args), sql => AsPlugin(sql));

    public IRowInserter Inserter(string table, IReadOnlyList<string> columns, string? skipConflictOn = null) =>
        Guard(() => new PreparedRowInserter(this, table, columns, skipConflictOn, Guard));

    public int Execute(string sql, object? args = null) => Guard(() => store.Execute(AsPlugin(sql), args));

    public T? Scalar<T>(string sql, object? args = null) => Guard(() => store.Scalar<T>(AsPlugin(sql), args));

    public IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> map, object? args = null)
    {
        using var rows = store.Stream(Checked(sql), map, args, role).GetEnumerator();
        while (Guard(rows.MoveNext)) yield return rows.Current;
    }

    public T Write<T>(Func<T> work) => store.Write(work);

    public void Write(Action work) => store.Write(work);

    /// <summary>The server's refusal of a plugin's statement as the same error SQLite's authorizer gives.</summary>
    private T Guard<T>(Func<T> run)
    {
        try { return run(); }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new AccessDeniedException($"the store refused a statement: plugin '{policy.PluginId}' may not do that: {e.MessageText}; " +
                $"a plugin touches only its own tables ({PluginSqlPolicy.PrefixOf(policy.PluginId)}*)",
                "read another plugin's data only through the views it publishes, and declare it under dependencies in plugin.json (docs/plugins.md)");
        }
    }

    /// <summary>The statement wrapped to run as the plugin's role, or refused.</summary>
    public string AsPlugin(string sql) => PostgresStore.InRole(role, Checked(sql));

    private string Checked(string sql) =>
        PostgresPluginSql.Check(policy, sql) is { } refused
            ? throw new AccessDeniedException($"the store refused a statement: plugin '{policy.PluginId}' {refused}",
                "read another plugin's data only through the views it publishes, and declare it under dependencies in plugin.json (docs/plugins.md)")
            : sql;
}
