using System.Collections;
using Ops.Clients.Data;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Clients.Import;

/// <summary>What an import wrote (or, in a dry run, would write).</summary>
internal sealed record ImportResult(int Added, int Updated, IdDigest Ids);

/// <summary>The write of an import, inside one store transaction, as the file's rows are validated: each row is
/// inserted as a new client (<see cref="FastInserter"/>) unless the store has its INN already — the insert itself says
/// so, without a look-up first —, and then the existing client is looked up and updated. An INN met twice in the file
/// is found here: the first time it was inserted (an id above the ones the store had) or updated (a bit per client the
/// store had); all such rows are reported with the line each INN first appeared on, and the transaction is rolled
/// back. Call inside Store.Write.</summary>
internal sealed class ImportWriter(IStore store, DateOnly today)
{
    public ImportResult Write(ImportFile file, Progress progress)
    {
        var before = store.Scalar<long?>("SELECT max(id) FROM clients_clients") ?? 0;
        var updated = new BitArray(checked((int)before + 1));
        var writer = new ClientWriter(store, today);
        using var fast = new FastInserter(store, today);
        using var find = store.Command("SELECT id FROM clients_clients WHERE inn = $Inn", new Dictionary<string, object?> { ["Inn"] = null }.AsReadOnly());
        find.Prepare();
        var ids = new IdDigest();
        var duplicates = new List<(string Inn, int Line)>();
        var duplicateCount = 0;
        int added = 0, changed = 0;
        foreach (var row in file.Rows(progress))
        {
            var fields = row.Fields;
            var startsToday = fields.Columns.TryAdd("started_on", today);
            if (fast.Insert(fields) is { } newId)
            {
                ids.Add(newId);
                added++;
                continue;
            }
            if (startsToday) fields.Columns.Remove("started_on");   // an update keeps the date the client has
            find.Parameters["$Inn"].Value = fields.Inn!;
            var id = (long)find.ExecuteScalar()!;
            if (id > before || updated[(int)id])
            {
                if (duplicateCount++ < ImportFile.ShownProblems) duplicates.Add((fields.Inn!, row.Line));
                continue;
            }
            writer.Update(id, fields);
            updated[(int)id] = true;
            changed++;
            ids.Add(id);
        }
        if (duplicateCount > 0) ThrowDuplicates(file, duplicates, duplicateCount);
        return new ImportResult(added, changed, ids);
    }
    private static void ThrowDuplicates(ImportFile file, List<(string Inn, int Line)> duplicates, int count)
    {
        var first = file.FirstLines(duplicates.Select(d => d.Inn).ToHashSet(StringComparer.Ordinal));
        InputError.ThrowIfAnyCounted(duplicates.Select(d => new InputError(file.Reader.Name, d.Line, "inn",
            $"INN {d.Inn} is also on line {first[d.Inn]}", "keep one row per client")).ToList(), count, ImportFile.ShownProblems);
    }
}
