using System.Globalization;
using Ops.Clients.Data;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;

namespace Ops.Clients.Import;

/// <summary>One validated row of an import file.</summary>
internal sealed record ImportRow(int Line, ClientFields Fields);

/// <summary>Reads and validates a whole import file before anything is written: every problem is
/// collected with its line, column and fix, and any problem stops the import.</summary>
internal static class ImportFile
{
    public static (List<ImportRow> Rows, HashSet<string> Fields, List<string> Ignored) Read(
        string path, string? encoding, IStaffDirectory staff, DateOnly today, Action<string> note, ColumnMap? columnMap = null)
    {
        var text = TextInput.ReadAllTextNoting(path, encoding, note);
        var name = Path.GetFileName(path);
        var firstLine = text.AsSpan()[..Math.Max(0, text.AsSpan().IndexOfAny('\r', '\n') is var n and >= 0 ? n : text.Length)].ToString();
        var errors = new List<InputError>();
        var records = ImportMap.Apply(columnMap, CsvInput.Records(text, TextInput.DetectDelimiter(firstLine), name), name, errors, staff).GetEnumerator();
        if (!records.MoveNext()) throw new InvalidInputException($"{name} is empty", "the first line must be a header, e.g. inn,name,...");
        var header = records.Current.Fields;
        var map = new List<(int Index, string Header, string Field)>();
        var ignored = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            if (ImportHeader.Field(header[i]) is { } field)
            {
                if (map.Any(m => m.Field == field))
                    errors.Add(new InputError(name, 1, header[i], $"column '{field}' appears twice", "keep one of them"));
                else map.Add((i, header[i], field));
            }
            else if (header[i].Trim().Length > 0) ignored.Add(header[i]);
        }
        foreach (var required in new[] { "inn", "name" })
            if (map.All(m => m.Field != required))
                errors.Add(new InputError(name, 1, required, $"the header has no '{required}' column", $"add a column named {required}"));
        InputError.ThrowIfAny(errors);

        var rows = new List<ImportRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var (line, cells) = records.Current;
            if (cells.Length != header.Length)
            {
                errors.Add(new InputError(name, line, "", $"the row has {cells.Length} field(s) but the header has {header.Length}",
                    cells.Length < header.Length
                        ? "complete the row (a file cut off mid-row ends like this), or quote a value that contains the separator"
                        : "quote values that contain the separator, or remove the extra fields"));
                continue;
            }
            var clean = true;
            for (var i = 0; i < cells.Length; i++)
                if (ControlIn(cells[i]) is { } bad)
                {
                    clean = false;
                    errors.Add(new InputError(name, line, header[i], $"the value contains the control character U+{(int)bad:X4}",
                        "remove it (NUL and other control characters are not text), or re-export the file from its program"));
                }
            if (!clean) continue;
            var fields = new ClientFields();
            foreach (var (index, column, field) in map)
            {
                var value = index < cells.Length ? cells[index] : "";
                if (fields.Set(field, value, staff, today) is { } p)
                    errors.Add(new InputError(name, line, column, p.Problem, p.Fix));
            }
            if (fields.IdentityProblem() is { } idProblem)
                errors.Add(new InputError(name, line, idProblem.Column, idProblem.Problem, idProblem.Fix));
            if (!fields.HasContact && fields.HasContactPoints)
                errors.Add(new InputError(name, line, "contact_person", "phones, e-mails or messengers are given without a contact person", "name the person they belong to"));
            if (fields.Inn is { } inn)
            {
                if (seen.TryGetValue(inn, out var first))
                    errors.Add(new InputError(name, line, "inn", $"INN {inn} is also on line {first}", "keep one row per client"));
                else seen[inn] = line;
            }
            rows.Add(new ImportRow(line, fields));
        }
        InputError.ThrowIfAny(errors);
        return (rows, map.Select(m => m.Field).ToHashSet(), ignored);
    }

    /// <summary>The first control character other than tab and line breaks (NUL included), or null.</summary>
    private static char? ControlIn(string value)
    {
        foreach (var c in value)
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) return c;
        return null;
    }
}
