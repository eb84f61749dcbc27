using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Ops.Sdk.Store;

namespace Ops.Host.Store;

/// <summary>The SQLite implementation of <see cref="IStore"/>: WAL, foreign keys, busy timeout,
/// write transactions that take the lock at once.</summary>
internal sealed class SqliteStore : IStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    private SqliteStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>A store over a connection opened elsewhere (a backup being checked, read-only).</summary>
    public static SqliteStore Wrap(SqliteConnection connection, string path) => new(connection, path);

    /// <summary>The file this store lives in.</summary>
    public string Path { get; }

    public DbConnection Connection => _connection;
    public DbTransaction? Transaction => _transaction;

    /// <summary>Opens an existing store file, or creates an empty one when <paramref name="create"/> is set.</summary>
    public static SqliteStore Open(string path, bool create = false)
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
        store.Execute("PRAGMA busy_timeout = 10000");
        store.Scalar<string>("PRAGMA journal_mode = WAL");
        store.Execute("PRAGMA synchronous = NORMAL");
        return store;
    }

    public DbCommand Command(string sql, object? args = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        SqlArgs.Bind(command, args);
        return command;
    }

    public int Execute(string sql, object? args = null)
    {
        using var command = Command(sql, args);
        return command.ExecuteNonQuery();
    }

    public T? Scalar<T>(string sql, object? args = null)
    {
        using var command = Command(sql, args);
        var value = command.ExecuteScalar();
        if (value is null or DBNull) return default;
        if (value is T typed) return typed;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    public IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> map, object? args = null)
    {
        using var command = Command(sql, args);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return map(reader);
    }

    public T Write<T>(Func<T> work)
    {
        if (_transaction is not null) return work();
        _transaction = _connection.BeginTransaction(deferred: false);
        try
        {
            var result = work();
            _transaction.Commit();
            return result;
        }
        catch
        {
            _transaction.Rollback();
            throw;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public void Write(Action work) => Write(() => { work(); return 0; });

    /// <summary>Runs reads in one deferred transaction: one snapshot of the store however many statements it takes,
    /// while writers go on appending. Inside a write transaction it simply joins it.</summary>
    public T Read<T>(Func<T> work)
    {
        if (_transaction is not null) return work();
        _transaction = _connection.BeginTransaction(deferred: true);
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
