using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Ops.Sdk.Store;
using SQLitePCL;

namespace Ops.Host.Store;

/// <summary>The SQLite implementation of <see cref="IStore"/>: WAL, foreign keys, busy timeout,
/// write transactions that take the lock at once. Its own methods run as the host; a plugin's statements
/// run through <see cref="PluginStore"/>, as that plugin, checked by SQLite's authorizer
/// (<see cref="PluginSqlPolicy"/>) while they are prepared.</summary>
internal sealed partial class SqliteStore : IHostStore
{
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    private SqliteStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
        _authorizer = Authorize;
        raw.sqlite3_set_authorizer(connection.Handle, _authorizer, null);
    }

    /// <summary>A store over a connection opened elsewhere (a backup being checked, read-only).</summary>
    public static SqliteStore Wrap(SqliteConnection connection, string path) => new(connection, path);

    /// <summary>The file this store lives in.</summary>
    public string Path { get; }

    public StoreEngine Engine => StoreEngine.Sqlite;
    public string Describe => Path;

    public bool HasTable(string name) =>
        Scalar<long>("SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = $Name", new { Name = name }) > 0;

    public IStore As(PluginSqlPolicy policy) => new PluginStore(this, policy);

    public void Migrate(PluginSqlPolicy? principal, string sql) => ExecuteAs(principal, sql, null);

    public DbConnection Connection => _connection;
    public DbTransaction? Transaction => _transaction;

    /// <summary>Opens an existing store file, or creates an empty one when <paramref name="create"/> is set.</summary>
    /// <remarks>A zero-byte file is refused, never turned into a new store: only <c>ops init</c> makes one.
    /// A damaged file, or one that is not a database, is reported as a <see cref="StoreFault"/>.</remarks>
    public static SqliteStore Open(string path, bool create = false)
    {
        LastOpened = path;
        if (!create && File.Exists(path) && new FileInfo(path).Length == 0) throw StoreFault.Empty(path);
        try
        {
            return OpenFile(path, create);
        }
        catch (SqliteException e) when (StoreFault.From(e, path) is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>The store file this process opened last, for messages about faults met later.</summary>
    public static string? LastOpened { get; private set; }

    private static SqliteStore OpenFile(string path, bool create)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            ForeignKeys = true,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var store = new SqliteStore(connection, path);
        // Reading the schema now makes a damaged file or one that is not a database fail here, by name.
        store.Scalar<long>("SELECT count(*) FROM sqlite_master");
        store.Execute("PRAGMA busy_timeout = 10000");
        store.Scalar<string>("PRAGMA journal_mode = WAL");
        store.Execute("PRAGMA synchronous = NORMAL");
        return store;
    }

    public DbCommand Command(string sql, object? args = null) => CommandAs(null, sql, args);

    public IRowInserter Inserter(string table, IReadOnlyList<string> columns, string? skipConflictOn = null) =>
        new SqliteRowInserter(this, null, table, columns, skipConflictOn);

    public int Execute(string sql, object? args = null) => ExecuteAs(null, sql, args);

    public T? Scalar<T>(string sql, object? args = null) => ScalarAs<T>(null, sql, args);

    public IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> map, object? args = null) => QueryAs(null, sql, map, args);

    /// <summary>A command prepared now, as <paramref name="principal"/> (null: the host).</summary>
    internal DbCommand CommandAs(PluginSqlPolicy? principal, string sql, object? args)
    {
        var command = NewCommand(sql, args);
        using (ActAs(principal)) command.Prepare();
        return command;
    }

    internal int ExecuteAs(PluginSqlPolicy? principal, string sql, object? args)
    {
        using var command = NewCommand(sql, args);
        using (ActAs(principal)) return command.ExecuteNonQuery();
    }

    internal T? ScalarAs<T>(PluginSqlPolicy? principal, string sql, object? args)
    {
        using var command = NewCommand(sql, args);
        object? value;
        using (ActAs(principal)) value = command.ExecuteScalar();
        if (value is null or DBNull) return default;
        if (value is T typed) return typed;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>Rows of a query prepared as <paramref name="principal"/>; the principal holds only while the
    /// statement is prepared, never while the caller handles a row.</summary>
    internal IEnumerable<T> QueryAs<T>(PluginSqlPolicy? principal, string sql, Func<DbDataReader, T> map, object? args)
    {
        using var command = NewCommand(sql, args);
        DbDataReader reader;
        using (ActAs(principal)) reader = command.ExecuteReader();
        using (reader)
            while (reader.Read()) yield return map(reader);
    }

    private DbCommand NewCommand(string sql, object? args)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        SqlArgs.Bind(command, args);
        return command;
    }

    public T Write<T>(Func<T> work) => InTransaction(deferred: false, work);

    public void Write(Action work) => Write(() => { work(); return 0; });

    /// <summary>Runs reads in one deferred transaction: one snapshot of the store however many statements it takes,
    /// while writers go on appending. Inside a write transaction it simply joins it.</summary>
    public T Read<T>(Func<T> work) => InTransaction(deferred: true, work);

    /// <summary>One transaction around <paramref name="work"/>, committed when it returns, rolled back when it throws
    /// (disposing an uncommitted SqliteTransaction rolls it back); inside a transaction already open, the work joins it.</summary>
    private T InTransaction<T>(bool deferred, Func<T> work)
    {
        if (_transaction is not null) return work();
        _transaction = _connection.BeginTransaction(deferred);
        try
        {
            var result = work();
            _transaction.Commit();
            return result;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }
}
