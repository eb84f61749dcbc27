using System.Globalization;
using Ops.Host.Audit;
using Ops.Sdk.Errors;

namespace Ops.Host.Store;

/// <summary>Copies every row of every table of one store into another store, of either engine, whose schema the
/// same migrations made: in the order the tables were created (so a row's references are there before it), in one
/// write transaction, after emptying what the target's migrations seeded. The audit chain is copied as it is,
/// so the copy verifies to the same head.</summary>
internal static class StoreCopy
{
    public static long Copy(IHostStore source, IHostStore target)
    {
        var tables = TablesInCreationOrder(source);
        var targetTables = TablesInCreationOrder(target).ToHashSet(StringComparer.Ordinal);
        var missing = tables.Where(t => !targetTables.Contains(t)).ToList();
        if (missing.Count > 0)
            throw new ConflictException($"the target has no table {string.Join(", ", missing)} after its migrations",
                "enable on this machine every plugin the store holds tables of (ops plugins list), then copy again");
        long rows = 0;
        source.Read(() => target.Write(() =>
        {
            foreach (var table in Enumerable.Reverse(tables)) target.Execute($"DELETE FROM \"{table}\"");
            foreach (var table in tables) rows += CopyTable(source, target, table);
            return 0;
        }));
        if (target is Postgres.PostgresStore pg) pg.ResyncIdentities();
        return rows;
    }

    private static long CopyTable(IHostStore source, IHostStore target, string table)
    {
        long count = 0;
        string? insert = null;
        string[] names = [];
        foreach (var row in source.Query($"SELECT * FROM \"{table}\"", r =>
                 {
                     if (names.Length == 0) names = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToArray();
                     return Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? null : r.GetValue(i)).ToArray();
                 }))
        {
            insert ??= $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"$C{i}"))})";
            target.Execute(insert, names.Select((_, i) => (Key: "C" + i.ToString(CultureInfo.InvariantCulture), Value: row[i]))
                .ToDictionary(p => p.Key, p => p.Value).AsReadOnly());
            count++;
        }
        return count;
    }

    /// <summary>The store's tables (not views), oldest first.</summary>
    public static List<string> TablesInCreationOrder(IHostStore store) => store.Engine == StoreEngine.Sqlite
        ? store.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid", r => r.GetString(0)).ToList()
        : store.Query("""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.oid
            """, r => r.GetString(0)).ToList();

    /// <summary>The head both stores' chains end at, or a refusal naming the difference.</summary>
    public static AuditVerifier.Result SameChain(IHostStore source, IHostStore target)
    {
        var (from, to) = (AuditVerifier.Verify(source), AuditVerifier.Verify(target));
        if (!to.Intact || to.HeadHash != from.HeadHash)
            throw new ConflictException($"the copy's audit chain does not match: {to.Problem} (head {to.HeadId} {to.HeadHash}, source {from.HeadId} {from.HeadHash})",
                "this is a bug; the source is unchanged — drop the target and report it");
        return to;
    }
}
