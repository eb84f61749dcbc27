using System.Collections;
using Ops.Clients.Data;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Clients.Import;

/// <summary>What an import wrote (or, in a dry run, would write).</summary>
internal sealed record ImportResult(int Added, int Updated, IdDigest Ids);

/// <summary>The write pass of an import, inside one store transaction: each row is looked up by INN (a prepared
/// statement, not a table of every client in memory), then inserted (<see cref="FastInserter"/>) or updated. An INN
/// met twice in the file is found here: the first time it was inserted (an id above the ones the store had) or
/// updated (a bit per client the store had); all such rows are reported with the line each INN first appeared on,
/// and the transaction is rolled back. Call inside Store.Write.</summary>
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
        foreach (var row in file.Rows())
        {
            progress.Advance();
            var inn = row.Fields.Inn!;
            find.Parameters["$Inn"].Value = inn;
            var found = find.ExecuteScalar() is long existing ? existing : (long?)null;
            if (found is { } id && (id > before || updated[(int)id]))
            {
                if (duplicateCount++ < ImportFile.ShownProblems) duplicates.Add((inn, row.Line));
                continue;
            }
            if (found is { } update)
            {
                writer.Update(update, row.Fields);
                updated[(int)update] = true;
                changed++;
                ids.Add(update);
            }
            else
            {
                row.Fields.Columns.TryAdd("started_on", today);
                ids.Add(fast.Insert(row.Fields));
                added++;
            }
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
