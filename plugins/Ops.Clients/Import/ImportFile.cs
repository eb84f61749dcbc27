using System.Collections.Concurrent;
using Ops.Clients.Data;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Clients.Import;

/// <summary>One validated row of an import file.</summary>
internal sealed record ImportRow(int Line, ClientFields Fields);

/// <summary>
/// Reads an import file once, row by row: each row is validated on another thread a bounded way ahead of the write
/// (<see cref="Rows"/>), so the checks and SQLite's work run on two cores at once and neither holds the file. Every
/// problem is collected with its line, column and fix; once a row has one, no more rows are handed to the write, and
/// all of them are thrown when the file ends, which rolls the write back: all or nothing.
/// Duplicate INNs within the file are found by the write, which rolls back too (<see cref="ImportWriter"/>).
/// </summary>
internal sealed class ImportFile(ImportReader reader, IStaffDirectory staff, DateOnly today)
{
    /// <summary>Problems kept for the message; the rest are counted.</summary>
    public const int ShownProblems = 50;

    /// <summary>Rows handed over at a time, and batches the validation may run ahead: at most 1,024 rows in flight. More
    /// only keeps rows alive into older GC generations: for 100,000 clients 16 batches took 116 MB and 3.3 s, 4 took
    /// 104 MB and 2.9 s.</summary>
    private const int BatchSize = 256, BatchesAhead = 4;

    public ImportReader Reader => reader;
    public HashSet<string> Fields => reader.Map.Select(m => m.Field).ToHashSet();

    /// <summary>The valid rows in file order, counted on <paramref name="progress"/> as they are checked, until a
    /// row has a problem; when the file ends, throws every problem (the first <see cref="ShownProblems"/>, and how
    /// many). Stops the validation when the caller stops early (an error in the write).</summary>
    public IEnumerable<ImportRow> Rows(Progress progress)
    {
        using var batches = new BlockingCollection<List<ImportRow>>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        var problems = new List<InputError>();
        var total = 0;
        var validation = Task.Run(() =>
        {
            try
            {
                var batch = new List<ImportRow>(BatchSize);
                foreach (var (row, errors) in Parse())
                {
                    progress.Advance();
                    total += errors.Count;
                    problems.AddRange(errors.Take(ShownProblems - problems.Count));
                    if (total > 0) continue;
                    batch.Add(row);
                    if (batch.Count < BatchSize) continue;
                    batches.Add(batch, stop.Token);
                    batch = new List<ImportRow>(BatchSize);
                }
                if (total == 0 && batch.Count > 0) batches.Add(batch, stop.Token);
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, stop.Token);
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
                foreach (var row in batch)
                    yield return row;
            validation.GetAwaiter().GetResult();   // a read error (the file gone, bad bytes) surfaces here as itself
        }
        finally
        {
            stop.Cancel();
            try { validation.Wait(); } catch (AggregateException) { }   // the caller's own exception is the one that counts
        }
        InputError.ThrowIfAnyCounted(problems, total, ShownProblems);
    }

    /// <summary>The line each of <paramref name="inns"/> first appears on (for the message about a duplicate).</summary>
    public Dictionary<string, int> FirstLines(IReadOnlySet<string> inns)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, _) in Parse())
            if (row.Fields.Inn is { } inn && inns.Contains(inn)) first.TryAdd(inn, row.Line);
        return first;
    }

    private IEnumerable<(ImportRow Row, List<InputError> Errors)> Parse()
    {
        var name = reader.Name;
        var width = reader.Header.Length;
        foreach (var (line, cells, mapErrors) in reader.Rows())
        {
            var errors = mapErrors.ToList();
            var fields = new ClientFields();
            if (cells.Length != width)
            {
                errors.Add(new InputError(name, line, "", $"the row has {cells.Length} field(s) but the header has {width}",
                    cells.Length < width
                        ? "complete the row (a file cut off mid-row ends like this), or quote a value that contains the separator"
                        : "quote values that contain the separator, or remove the extra fields"));
                yield return (new ImportRow(line, fields), errors);
                continue;
            }
            for (var i = 0; i < cells.Length; i++)
                if (ControlIn(cells[i]) is { } bad)
                    errors.Add(new InputError(name, line, reader.Header[i], $"the value contains the control character U+{(int)bad:X4}",
                        "remove it (NUL and other control characters are not text), or re-export the file from its program"));
            if (errors.Count == 0) Check(name, line, cells, fields, errors);
            yield return (new ImportRow(line, fields), errors);
        }
    }

    private void Check(string name, int line, string[] cells, ClientFields fields, List<InputError> errors)
    {
        foreach (var (index, column, field) in reader.Map)
            if (fields.Set(field, cells[index], staff, today) is { } p)
                errors.Add(new InputError(name, line, column, p.Problem, p.Fix));
        if (fields.IdentityProblem() is { } idProblem)
            errors.Add(new InputError(name, line, idProblem.Column, idProblem.Problem, idProblem.Fix));
        if (!fields.HasContact && fields.HasContactPoints)
            errors.Add(new InputError(name, line, "contact_person", "phones, e-mails or messengers are given without a contact person", "name the person they belong to"));
    }

    /// <summary>The first control character other than tab and line breaks (NUL included), or null.</summary>
    private static char? ControlIn(string value)
    {
        foreach (var c in value)
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) return c;
        return null;
    }
}
