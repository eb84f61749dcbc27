using Ops.Clients.Data;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Clients.Import;

/// <summary>One validated row of an import file.</summary>
internal sealed record ImportRow(int Line, ClientFields Fields);

/// <summary>
/// Validates an import file row by row as it is read (<see cref="Validate"/>: every problem with its line, column
/// and fix; any problem stops the import before anything is written), then hands out the same rows again for the
/// write (<see cref="Rows"/>). Neither pass holds the file or its rows: memory stays flat whatever the size.
/// Duplicate INNs within the file are found by the write, which rolls back (<see cref="ImportWriter"/>).
/// </summary>
internal sealed class ImportFile(ImportReader reader, IStaffDirectory staff, DateOnly today)
{
    /// <summary>Problems kept for the message; the rest are counted.</summary>
    public const int ShownProblems = 50;

    public ImportReader Reader => reader;
    public HashSet<string> Fields => reader.Map.Select(m => m.Field).ToHashSet();

    /// <summary>The first pass: reads every row and throws all problems (the first <see cref="ShownProblems"/>, and
    /// how many) at the end, counting rows on <paramref name="progress"/>. Returns the number of rows.</summary>
    public int Validate(Progress progress)
    {
        var problems = new List<InputError>();
        int total = 0, rows = 0;
        foreach (var (_, errors) in Parse())
        {
            rows++;
            progress.Advance();
            total += errors.Count;
            problems.AddRange(errors.Take(ShownProblems - problems.Count));
        }
        InputError.ThrowIfAnyCounted(problems, total, ShownProblems);
        return rows;
    }

    /// <summary>The second pass: the rows again, read from the file. A row that no longer validates means the file
    /// changed since <see cref="Validate"/>: that stops the write (and so rolls it back).</summary>
    public IEnumerable<ImportRow> Rows()
    {
        foreach (var (row, errors) in Parse())
            if (errors.Count > 0)
                throw new InvalidInputException($"{reader.Name} changed while it was being imported ({errors[0]})", "run the import again");
            else yield return row;
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
