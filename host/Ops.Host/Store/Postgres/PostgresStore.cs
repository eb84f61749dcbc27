using System.Data;
using System.Data.Common;
using System.Globalization;
using Npgsql;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Host.Store.Postgres;

/// <summary>The PostgreSQL implementation of the store, with SQLite's semantics kept: <c>$Name</c> parameters
/// (translated once, <see cref="PostgresSql"/>), values bound as the SQLite store binds them (dates and decimals
/// as ISO text, booleans as 0/1), a write transaction that takes the store's write lock at once (an advisory lock:
/// one writer at a time across every process on every machine, as SQLite's BEGIN IMMEDIATE), nested writes joining
/// the outer one, and reads in one snapshot (REPEATABLE READ).</summary>
internal sealed class PostgresStore : IHostStore
{
    /// <summary>The advisory lock key every write transaction takes ("ops" in ASCII).</summary>
    public const long WriteLockKey = 0x6f7073;

    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _transaction;

    private PostgresStore(NpgsqlConnection connection, PostgresTarget target)
    {
        _connection = connection;
        Describe = target.Describe;
    }

    public static PostgresStore Open(PostgresTarget target)
    {
        var connection = new NpgsqlConnection(target.ConnectionString);
        try { connection.Open(); }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            throw PostgresFault.From(e, target.Describe) ?? new StoreFault(ExitCodes.Unavailable,
                $"the store {target.Describe} cannot be reached: {e.Message}", "check that the server runs and the setting names it");
        }
        return new PostgresStore(connection, target);
    }

    public StoreEngine Engine => StoreEngine.Postgres;
    public string Describe { get; }
    public DbConnection Connection => _connection;
    public DbTransaction? Transaction => _transaction;

    public DbCommand Command(string sql, object? args = null) => NewCommand(sql, args);

    public int Execute(string sql, object? args = null)
    {
        using var command = NewCommand(sql, args);
        return Guard(command.ExecuteNonQuery);
    }

    public T? Scalar<T>(string sql, object? args = null)
    {
        using var command = NewCommand(sql, args);
        var value = Guard(command.ExecuteScalar);
        if (value is null or DBNull) return default;
        if (value is T typed) return typed;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    public IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> map, object? args = null)
    {
        using var command = NewCommand(sql, args);
        using var reader = Guard(command.ExecuteReader);
        while (Guard(reader.Read)) yield return map(reader);
    }

    public T Write<T>(Func<T> work) => InTransaction(IsolationLevel.ReadCommitted, () =>
    {
        Execute("SELECT pg_advisory_xact_lock($Key)", new { Key = WriteLockKey });
        return work();
    });

    public void Write(Action work) => Write(() => { work(); return 0; });

    public T Read<T>(Func<T> work) => InTransaction(IsolationLevel.RepeatableRead, work);

    public bool HasTable(string name) =>
        Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $Name",
            new { Name = name }) > 0;

    public IStore As(PluginSqlPolicy policy) =>
        throw new UnavailableException(
            $"plugin '{policy.PluginId}' cannot run on the PostgreSQL store {Describe} yet: Ops holds a plugin to its own tables " +
            "only on SQLite so far, and runs no plugin where it cannot",
            "keep the firm on SQLite until table ownership on PostgreSQL ships (docs/scale.md)");

    /// <summary>Runs a migration's SQL with SQLite's types mapped (<see cref="PostgresSql.Ddl"/>), then moves every
    /// identity column past the largest id stored, so rows a migration (or a copy) gave ids never collide later.</summary>
    public void Migrate(PluginSqlPolicy? principal, string sql)
    {
        if (principal is not null) As(principal);
        Execute(PostgresSql.Ddl(sql));
        ResyncIdentities();
    }

    public void ResyncIdentities()
    {
        var identities = Query("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES'
            """, r => (Table: r.GetString(0), Column: r.GetString(1))).ToList();
        foreach (var (table, column) in identities)
            Execute($"""
                SELECT setval(pg_get_serial_sequence('"{table}"', '{column}'), coalesce(max("{column}"), 0) + 1, false) FROM "{table}"
                """);
    }

    private T InTransaction<T>(IsolationLevel level, Func<T> work)
    {
        if (_transaction is not null) return work();
        _transaction = Guard(() => _connection.BeginTransaction(level));
        try
        {
            var result = work();
            Guard(_transaction.Commit);
            return result;
        }
        catch
        {
            try { _transaction.Rollback(); }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { }   // a failed commit already ended it
            throw;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    private NpgsqlCommand NewCommand(string sql, object? args)
    {
        var command = _connection.CreateCommand();
        command.CommandText = PostgresSql.Translate(sql);
        command.Transaction = _transaction;
        SqlArgs.Bind(command, args, prefix: "");
        return command;
    }

    private T Guard<T>(Func<T> run)
    {
        try { return run(); }
        catch (Exception e) when (e is NpgsqlException && PostgresFault.From(e, Describe) is { } fault) { throw fault; }
    }

    private void Guard(Action run) => Guard(() => { run(); return 0; });

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }
}
