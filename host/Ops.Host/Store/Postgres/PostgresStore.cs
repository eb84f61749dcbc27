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

    private readonly string _connectionString;

    private PostgresStore(NpgsqlConnection connection, PostgresTarget target)
    {
        _connection = connection;
        _connectionString = target.ConnectionString;
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

    /// <summary>A command whose parameters are named as in the SQL (<c>$Name</c>), as on SQLite.</summary>
    public DbCommand Command(string sql, object? args = null) => new PluginCommand(NewCommand(sql, args), sql => sql);

    public IRowInserter Inserter(string table, IReadOnlyList<string> columns, string? skipConflictOn = null) =>
        new PreparedRowInserter(this, table, columns, skipConflictOn, Guard);

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

    public IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> map, object? args = null) => Stream(sql, map, args, role: null);

    /// <summary>The rows as they come, never the whole listing in memory: they are fetched from a server-side cursor a
    /// batch at a time, since a connection to PostgreSQL runs one statement at a time and callers (the host and
    /// plugins) query and write again while they go through rows, as SQLite lets them. Inside a transaction the cursor
    /// is in it (its snapshot, its own uncommitted writes); outside one it is in a snapshot of its own on a connection
    /// from the pool, so a write meanwhile commits as it would on SQLite. Which is decided when the first row is asked
    /// for. <paramref name="role"/>: the plugin role the statement (already checked) runs as, or null for the host.</summary>
    internal IEnumerable<T> Stream<T>(string sql, Func<DbDataReader, T> map, object? args, string? role)
    {
        if (!PostgresSql.IsOneQuery(sql) || HasNull(args))
        {
            foreach (var row in Buffered(InRole(role, sql), map, args)) yield return row;
            yield break;
        }
        if (_transaction is not null)
        {
            foreach (var row in ThroughCursor(_connection, _transaction, sql, map, args, role)) yield return row;
            yield break;
        }
        using var connection = new NpgsqlConnection(_connectionString);
        Guard(connection.Open);
        using var snapshot = Guard(() => connection.BeginTransaction(IsolationLevel.RepeatableRead));
        foreach (var row in ThroughCursor(connection, snapshot, sql, map, args, role)) yield return row;
    }   // the snapshot only read: disposing it rolls it back, and a listing left early costs no more rows

    /// <summary>True when a parameter is null: a cursor's query is planned with the parameters' types as sent, and
    /// a null's type is unknown (PostgreSQL refuses it once the query compares it with text).</summary>
    private static bool HasNull(object? args)
    {
        if (args is null) return false;
        using var probe = new NpgsqlCommand();
        SqlArgs.Bind(probe, args, prefix: "");
        return probe.Parameters.Any(p => p.Value is null or DBNull);
    }

    /// <summary>What a cursor cannot hold (several statements, a write returning rows): read whole, then handed out.</summary>
    private List<T> Buffered<T>(string sql, Func<DbDataReader, T> map, object? args)
    {
        var rows = new List<T>();
        using var command = NewCommand(sql, args);
        using var reader = Guard(command.ExecuteReader);
        while (Guard(reader.Read)) rows.Add(map(reader));
        return rows;
    }

    /// <summary>Rows fetched per round trip from a cursor.</summary>
    internal const int CursorBatch = 1000;

    private int _cursors;

    private IEnumerable<T> ThroughCursor<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql,
        Func<DbDataReader, T> map, object? args, string? role)
    {
        var cursor = $"ops_rows_{++_cursors}";
        using (var declare = CommandOn(connection, transaction, InRole(role, $"DECLARE {cursor} NO SCROLL CURSOR FOR {sql.TrimEnd().TrimEnd(';')}"), args))
            Guard(declare.ExecuteNonQuery);
        try
        {
            int fetched;
            do
            {
                var batch = new List<T>(CursorBatch);
                using (var fetch = CommandOn(connection, transaction, InRole(role, $"FETCH FORWARD {CursorBatch} FROM {cursor}"), null))
                using (var reader = Guard(fetch.ExecuteReader))
                    while (Guard(reader.Read)) batch.Add(map(reader));
                fetched = batch.Count;
                foreach (var row in batch) yield return row;
            } while (fetched == CursorBatch);
        }
        finally
        {
            // A cursor ends with its transaction; one left early in the store's live transaction is closed here.
            if (ReferenceEquals(transaction, _transaction)) Execute($"CLOSE {cursor}");
        }
    }

    /// <summary>The statement run as <paramref name="role"/> (null: as it is).</summary>
    internal static string InRole(string? role, string sql) =>
        role is null ? sql : $"SET LOCAL ROLE \"{role}\";\n{sql.TrimEnd().TrimEnd(';')};\nRESET ROLE";

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

    public IStore As(PluginSqlPolicy policy) => new PostgresPluginStore(this, policy, RoleOf(policy));

    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);

    private string RoleOf(PluginSqlPolicy policy)
    {
        if (!_roles.TryGetValue(policy.PluginId, out var role)) _roles[policy.PluginId] = role = PostgresRoles.Ensure(this, policy);
        return role;
    }

    /// <summary>Runs a migration's SQL with SQLite's types mapped (<see cref="PostgresSql.Ddl"/>), then moves every
    /// identity column past the largest id stored, so rows a migration (or a copy) gave ids never collide later.</summary>
    public void Migrate(PluginSqlPolicy? principal, string sql)
    {
        _identities = null;
        var ddl = PostgresSql.Ddl(sql);
        if (principal is null) Execute(ddl);
        else As(principal).Execute(ddl);
        ResyncIdentities();
    }

    public void ResyncIdentities()
    {
        _identities = null;
        foreach (var (table, column) in Identities()) Resync(table, column);
    }

    private Dictionary<string, string>? _identities;
    private readonly Dictionary<string, string> _explicitIds = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each table's identity column (SQLite's rowid alias, <see cref="PostgresSql.Ddl"/>).</summary>
    private Dictionary<string, string> Identities() => _identities ??= Buffered("""
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND is_identity = 'YES'
        """, r => (Table: r.GetString(0), Column: r.GetString(1)), null).ToDictionary(t => t.Table, t => t.Column, StringComparer.OrdinalIgnoreCase);

    private void Resync(string table, string column) => Execute($"""
        SELECT setval(pg_get_serial_sequence('"{table}"', '{column}'), coalesce(max("{column}"), 0) + 1, false) FROM "{table}"
        """);

    /// <summary>An insert that gives the identity column itself (as SQLite lets a plugin give a rowid, e.g. a bulk
    /// import numbering from max(id) + 1) leaves PostgreSQL's sequence behind, so the next insert without one would
    /// collide: such tables are noted here and their sequence moved past the largest id before the write commits.</summary>
    private void NoteExplicitIds(string sql)
    {
        if (_transaction is null || !sql.Contains("INSERT", StringComparison.OrdinalIgnoreCase)) return;
        foreach (System.Text.RegularExpressions.Match m in PostgresSql.InsertColumns(sql))
            if (Identities().TryGetValue(m.Groups["table"].Value, out var column)
                && m.Groups["columns"].Value.Split(',').Any(c => c.Trim().Trim('"').Equals(column, StringComparison.OrdinalIgnoreCase)))
                _explicitIds[m.Groups["table"].Value] = column;
    }

    private T InTransaction<T>(IsolationLevel level, Func<T> work)
    {
        if (_transaction is not null) return work();
        _transaction = Guard(() => _connection.BeginTransaction(level));
        try
        {
            var result = work();
            foreach (var (table, column) in _explicitIds) Resync(table, column);
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
            _explicitIds.Clear();
        }
    }

    internal NpgsqlCommand NewCommand(string sql, object? args)
    {
        NoteExplicitIds(sql);
        return CommandOn(_connection, _transaction, sql, args);
    }

    private static NpgsqlCommand CommandOn(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object? args)
    {
        var command = connection.CreateCommand();
        command.CommandText = PostgresSql.Translate(sql);
        command.Transaction = transaction;
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
