using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Ops.Sdk.Store;
using SQLitePCL;

namespace Ops.Host.Audit;

/// <summary>The audit log in id order, one event at a time, as <see cref="AuditVerifier"/> checks it: the fields it
/// compares as UTF-8, and the event's hashed text (<see cref="AuditHash"/>) written on request.</summary>
internal interface IAuditRows : IDisposable
{
    const string Select = "SELECT id, at, actor, real_actor, command, action, records, result, details, os_user, os_uid, prev_hash, hash FROM ops_audit ORDER BY id";

    bool Next();
    long Id { get; }
    ReadOnlySpan<byte> At { get; }
    ReadOnlySpan<byte> PrevHash { get; }
    ReadOnlySpan<byte> Hash { get; }

    /// <summary>Writes the current event's hashed text into <paramref name="buffer"/> from <paramref name="at"/>,
    /// growing the buffer as it needs, and returns the text's length.</summary>
    int WriteText(ref byte[] buffer, int at);

    /// <summary>The rows of <paramref name="store"/>: read straight from SQLite's row buffers for a store file (a string
    /// per field was most of the time of verifying a long chain), through the store's reader otherwise.</summary>
    static IAuditRows Of(IStore store) =>
        store is Store.SqliteStore { Connection: SqliteConnection connection } ? new SqliteAuditRows(connection) : new StoreAuditRows(store);
}

/// <summary>Rows from the store's own reader (PostgreSQL): each event's strings encoded once.</summary>
internal sealed class StoreAuditRows(IStore store) : IAuditRows
{
    private readonly IEnumerator<(AuditEvent Event, string PrevHash, string Hash)> _rows = store.Query(IAuditRows.Select,
        r => (new AuditEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
            r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetInt32(10)), r.GetString(11), r.GetString(12))).GetEnumerator();
    private byte[] _at = [], _prevHash = [], _hash = [];

    public bool Next()
    {
        if (!_rows.MoveNext()) return false;
        (_at, _prevHash, _hash) = (Encoding.UTF8.GetBytes(Current.Event.At), Encoding.UTF8.GetBytes(Current.PrevHash), Encoding.UTF8.GetBytes(Current.Hash));
        return true;
    }

    private (AuditEvent Event, string PrevHash, string Hash) Current => _rows.Current;
    public long Id => Current.Event.Id;
    public ReadOnlySpan<byte> At => _at;
    public ReadOnlySpan<byte> PrevHash => _prevHash;
    public ReadOnlySpan<byte> Hash => _hash;
    public int WriteText(ref byte[] buffer, int at) => AuditHash.WriteText(Current.Event, Current.PrevHash, ref buffer, at);
    public void Dispose() => _rows.Dispose();
}

/// <summary>Rows read with SQLite's own statement on the store's connection (inside the caller's read transaction, so
/// in its snapshot); each field is a view of SQLite's buffer, valid until the next row.</summary>
internal sealed class SqliteAuditRows : IAuditRows
{
    private const int Details = 8, OsUser = 9, OsUid = 10, PrevHashColumn = 11, HashColumn = 12;
    private readonly sqlite3_stmt _statement;

    public SqliteAuditRows(SqliteConnection connection)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, IAuditRows.Select, out _statement);
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
    }

    public bool Next() => raw.sqlite3_step(_statement) switch
    {
        raw.SQLITE_ROW => true,
        raw.SQLITE_DONE => false,
        var rc => throw new SqliteException(raw.sqlite3_errmsg(raw.sqlite3_db_handle(_statement)).utf8_to_string(), rc),
    };

    public long Id => raw.sqlite3_column_int64(_statement, 0);
    public ReadOnlySpan<byte> At => raw.sqlite3_column_blob(_statement, 1);
    public ReadOnlySpan<byte> PrevHash => raw.sqlite3_column_blob(_statement, PrevHashColumn);
    public ReadOnlySpan<byte> Hash => raw.sqlite3_column_blob(_statement, HashColumn);

    private bool HashesOsUser =>
        AuditHash.HashesOsUser(raw.sqlite3_column_bytes(_statement, OsUser) > 0, raw.sqlite3_column_int64(_statement, OsUid));

    public int WriteText(ref byte[] buffer, int at)
    {
        Span<byte> number = stackalloc byte[20];
        var n = at;
        n += Field(ref buffer, n, Number(Id, number));
        for (var column = 1; column <= Details; column++) n += Field(ref buffer, n, raw.sqlite3_column_blob(_statement, column));
        if (HashesOsUser)
        {
            n += Field(ref buffer, n, raw.sqlite3_column_blob(_statement, OsUser));
            n += Field(ref buffer, n, Number(raw.sqlite3_column_int64(_statement, OsUid), number));
        }
        n += Field(ref buffer, n, PrevHash);
        return n - at;
    }

    private static int Field(ref byte[] buffer, int at, ReadOnlySpan<byte> utf8)
    {
        AuditBuffer.Reserve(ref buffer, at, AuditHash.FieldSize(utf8.Length));
        return AuditHash.WriteField(buffer.AsSpan(at), utf8);
    }

    private static ReadOnlySpan<byte> Number(long value, Span<byte> buffer) =>
        value.TryFormat(buffer, out var written, provider: CultureInfo.InvariantCulture) ? buffer[..written] : throw new InvalidOperationException();

    public void Dispose() => _statement.Dispose();
}

/// <summary>Growing the byte buffers the verifier copies rows into.</summary>
internal static class AuditBuffer
{
    /// <summary>Makes room for <paramref name="size"/> bytes at <paramref name="at"/>.</summary>
    public static void Reserve(ref byte[] buffer, int at, int size)
    {
        if (at + size > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, at + size));
    }

    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/> (grown when short) and returns its length.</summary>
    public static int Copy(ReadOnlySpan<byte> from, ref byte[] to)
    {
        Reserve(ref to, 0, from.Length);
        from.CopyTo(to);
        return from.Length;
    }
}
