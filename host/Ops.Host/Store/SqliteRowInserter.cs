using Microsoft.Data.Sqlite;
using Ops.Sdk.Store;
using SQLitePCL;

namespace Ops.Host.Store;

/// <summary>An <see cref="IRowInserter"/> on SQLite: one statement prepared as <paramref name="principal"/> (so the
/// authorizer checks it once, as every statement of that principal), each row's values bound by position and the
/// statement stepped and reset. Microsoft.Data.Sqlite looks every parameter up by name on every execution, which for
/// an import cost as much as SQLite's own work.</summary>
internal sealed class SqliteRowInserter : IRowInserter
{
    private readonly sqlite3 _db;
    private sqlite3_stmt? _statement;

    public IReadOnlyList<string> Columns { get; }

    public SqliteRowInserter(SqliteStore store, PluginSqlPolicy? principal, string table, IReadOnlyList<string> columns, string? skipConflictOn)
    {
        var sql = RowInserter.Sql(table, columns, skipConflictOn);
        Columns = [.. columns];
        _db = ((SqliteConnection)store.Connection).Handle!;
        int rc;
        using (store.ActAs(principal)) rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK)
        {
            _statement?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public bool Insert(params ReadOnlySpan<object?> values)
    {
        ObjectDisposedException.ThrowIf(_statement is null, this);
        RowInserter.CheckCount(Columns, values.Length);
        try
        {
            for (var i = 0; i < values.Length; i++) Bind(_statement, i + 1, SqlArgs.ToDb(values[i]));
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
            return raw.sqlite3_changes(_db) > 0;
        }
        finally
        {
            raw.sqlite3_reset(_statement);   // every parameter is bound again for the next row
        }
    }

    private void Bind(sqlite3_stmt statement, int index, object value)
    {
        var rc = value switch
        {
            DBNull => raw.sqlite3_bind_null(statement, index),
            string s => raw.sqlite3_bind_text16(statement, index, s.AsSpan()),   // SQLite converts it: no UTF-8 copy made here
            long n => raw.sqlite3_bind_int64(statement, index, n),
            int n => raw.sqlite3_bind_int64(statement, index, n),
            short n => raw.sqlite3_bind_int64(statement, index, n),
            byte n => raw.sqlite3_bind_int64(statement, index, n),
            double d => raw.sqlite3_bind_double(statement, index, d),
            float d => raw.sqlite3_bind_double(statement, index, d),
            byte[] b => raw.sqlite3_bind_blob(statement, index, b),
            _ => throw new ArgumentException($"column '{Columns[index - 1]}': a value of type {value.GetType().Name} cannot be stored; give text, a number, a date or null"),
        };
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose()
    {
        _statement?.Dispose();
        _statement = null;
    }
}
