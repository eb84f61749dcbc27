using System.Data.Common;
using Microsoft.Data.Sqlite;
using Ops.Sdk.Store;

namespace Ops.Host.Store;

/// <summary>The store as one plugin sees it: every statement it runs is prepared as that plugin, so the
/// authorizer holds it to its own tables and the views it is given (<see cref="PluginSqlPolicy"/>).
/// Taking the raw connection (or a command, whose text could change later) makes the plugin the default
/// principal for the rest of the run; the host's own statements keep running as the host.</summary>
internal sealed class PluginStore(SqliteStore store, PluginSqlPolicy policy) : IStore
{
    public DbConnection Connection
    {
        get
        {
            store.ActAsByDefault(policy);
            return store.Connection;
        }
    }

    public DbTransaction? Transaction => store.Transaction;

    public DbCommand Command(string sql, object? args = null)
    {
        store.ActAsByDefault(policy);
        return Guard(() => store.CommandAs(policy, sql, args));
    }

    public IRowInserter Inserter(string table, IReadOnlyList<string> columns, string? skipConflictOn = null) =>
        Guard(() => new SqliteRowInserter(store, policy, table, columns, skipConflictOn));

    public int Execute(string sql, object? args = null) => Guard(() => store.ExecuteAs(policy, sql, args));

    public T? Scalar<T>(string sql, object? args = null) => Guard(() => store.ScalarAs<T>(policy, sql, args));

    public IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> map, object? args = null)
    {
        using var rows = Guard(() => store.QueryAs(policy, sql, map, args).GetEnumerator());
        while (Guard(rows.MoveNext)) yield return rows.Current;
    }

    public T Write<T>(Func<T> work) => store.Write(work);

    public void Write(Action work) => store.Write(work);

    private T Guard<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (SqliteException e) when (SqliteStore.Refusal(e) is { } refusal)
        {
            throw refusal;
        }
    }
}
