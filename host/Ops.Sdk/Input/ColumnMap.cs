using Ops.Sdk.Errors;

namespace Ops.Sdk.Input;

/// <summary>A column mapping for an import: which source header feeds which field, with a value transform where a
/// product writes values its own way. One entry per line (a file) or per comma (inline):
/// <c>FIELD = Header</c>, <c>FIELD = Header 1 + Header 2</c> (values joined by <c>|</c>, empty ones skipped),
/// <c>FIELD = Header | TRANSFORM</c>. Transforms: <c>digits</c> (keep digits only), <c>date</c> (the date of a date-time),
/// <c>split SEP</c> (a list separated by SEP becomes a <c>|</c> list), <c>staff</c> (a person's full name becomes their
/// login, through the lookup the importer gives). <c>#</c> starts a comment. Headers match ignoring case and blanks.</summary>
public sealed class ColumnMap
{
    /// <summary>One mapped field.</summary>
    /// <param name="Field">The importer's field.</param>
    /// <param name="Sources">The source headers whose values feed it.</param>
    /// <param name="Transform">The transform's name, or null.</param>
    /// <param name="Argument">The transform's argument (the separator of <c>split</c>), or null.</param>
    /// <param name="Line">The line of the map file it is on (0 inline).</param>
    internal sealed record Entry(string Field, IReadOnlyList<string> Sources, string? Transform, string? Argument, int Line);

    private static readonly string[] Transforms = ["digits", "date", "split", "staff"];

    private ColumnMap(string source, List<Entry> entries) => (Source, Entries) = (source, entries);

    /// <summary>Where the map came from: its file name, or <c>--map</c>.</summary>
    public string Source { get; }

    /// <summary>The mapped fields, in the map's order.</summary>
    internal IReadOnlyList<Entry> Entries { get; }

    /// <summary>Field → its first source header (for messages that name the user's column).</summary>
    public IReadOnlyDictionary<string, string> Columns => Entries.ToDictionary(e => e.Field, e => e.Sources[0], StringComparer.Ordinal);

    /// <summary>Parses a map given inline (entries separated by commas), e.g. <c>from=caller,to=callee</c>.</summary>
    /// <exception cref="UsageException">an entry is malformed, a field unknown or twice, a required one missing.</exception>
    public static ColumnMap Parse(string text, IReadOnlyCollection<string> fields, IReadOnlyCollection<string> required)
    {
        var errors = new List<InputError>();
        var map = Read("--map", text.Split(',').Select((t, i) => (0, t)), fields, required, errors);
        if (errors.Count > 0) throw new UsageException(errors[0].Problem, errors[0].Fix);
        return map;
    }

    /// <summary>Reads a map file (UTF-8 or Windows-1251); problems are reported as file:line, all at once.</summary>
    /// <exception cref="InvalidInputException">the file has problems (see <see cref="InputError"/>).</exception>
    public static ColumnMap Load(string path, IReadOnlyCollection<string> fields, IReadOnlyCollection<string> required)
    {
        var text = TextInput.ReadAllText(path);
        var errors = new List<InputError>();
        var map = Read(Path.GetFileName(path), text.Split('\n').Select((t, i) => (i + 1, t)), fields, required, errors);
        InputError.ThrowIfAny(errors);
        return map;
    }

    private static ColumnMap Read(string source, IEnumerable<(int Line, string Text)> lines, IReadOnlyCollection<string> fields,
        IReadOnlyCollection<string> required, List<InputError> errors)
    {
        var entries = new List<Entry>();
        var lastLine = 0;
        foreach (var (line, raw) in lines)
        {
            lastLine = line;
            var text = (raw.IndexOf('#') is var hash and >= 0 ? raw[..hash] : raw).Trim().Trim('\uFEFF');
            if (text.Length == 0) continue;
            void Error(string column, string problem, string fix) => errors.Add(new InputError(source, line, column, problem, fix));
            var eq = text.IndexOf('=');
            if (eq <= 0 || eq == text.Length - 1) { Error("", $"'{text}' is not FIELD = COLUMN", "e.g. inn = ИНН, or name = Наименование | digits"); continue; }
            var field = text[..eq].Trim().ToLowerInvariant();
            var (columns, transform) = (text[(eq + 1)..].Split('|', 2) is var parts && parts.Length == 2 ? (parts[0], parts[1].Trim()) : (parts[0], null));
            var sources = columns.Split('+').Select(s => s.Trim()).ToList();
            if (!fields.Contains(field)) { Error(field, $"unknown field '{field}'", "fields: " + string.Join(", ", fields)); continue; }
            if (entries.Any(e => e.Field == field)) { Error(field, $"field '{field}' is mapped twice", "map each field once (join columns with +)"); continue; }
            if (sources.Any(s => s.Length == 0)) { Error(field, $"'{field}' names an empty column", "write the source header's name"); continue; }
            string? name = null, argument = null;
            if (transform is not null)
            {
                var words = transform.Split(' ', 2, StringSplitOptions.TrimEntries);
                name = words[0].ToLowerInvariant();
                argument = words.Length > 1 ? words[1].Trim('"', '\'') : null;
                if (!Transforms.Contains(name)) { Error(field, $"unknown transform '{words[0]}'", "transforms: " + string.Join(", ", Transforms)); continue; }
                if (name == "split" && string.IsNullOrEmpty(argument)) { Error(field, "split needs a separator", "e.g. | split ,"); continue; }
            }
            entries.Add(new Entry(field, sources, name, argument, line));
        }
        foreach (var r in required.Where(r => entries.All(e => e.Field != r)))
            errors.Add(new InputError(source, lastLine, r, $"the map does not map '{r}'", $"add a line: {r} = <the source column>"));
        return new ColumnMap(source, entries);
    }

    /// <summary>Field → column index of its first source in <paramref name="header"/>; a missing column is an error
    /// naming the data file's header line and the columns it does have.</summary>
    public Dictionary<string, int> Resolve(IReadOnlyList<string> header, string file, List<InputError> errors) =>
        Indexes(header, file, errors, 1).ToDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal);

    /// <summary>Puts the map in front of a CSV reader: the header record becomes the mapped field names, each row the
    /// mapped, transformed values. Problems (a missing column, a person <c>staff</c> does not know) are added to
    /// <paramref name="errors"/> with the data file, line and source column.</summary>
    /// <param name="records">The CSV records, the header first (as <see cref="CsvInput.Records"/> gives them).</param>
    /// <param name="file">The data file's name, for messages.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="staff">For <c>staff</c>: the login of a full name (or of a login), or null when nobody matches.</param>
    public IEnumerable<(int Line, string[] Fields)> Apply(IEnumerable<(int Line, string[] Fields)> records, string file,
        List<InputError> errors, Func<string, string?>? staff = null)
    {
        Dictionary<string, int[]>? at = null;
        foreach (var (line, cells) in records)
        {
            if (at is null)
            {
                at = Indexes(cells, file, errors, line);
                yield return (line, Entries.Select(e => e.Field).ToArray());
                continue;
            }
            var values = new string[Entries.Count];
            for (var i = 0; i < Entries.Count; i++)
            {
                var e = Entries[i];
                var parts = at.TryGetValue(e.Field, out var idx) ? idx.Select(j => j < cells.Length ? cells[j].Trim() : "").Where(v => v.Length > 0) : [];
                values[i] = Transform(e, string.Join('|', parts), v => errors.Add(new InputError(file, line, e.Sources[0], v.Problem, v.Fix)), staff);
            }
            yield return (line, values);
        }
    }

    private static string Transform(Entry e, string value, Action<(string Problem, string Fix)> error, Func<string, string?>? staff)
    {
        if (value.Length == 0) return value;
        switch (e.Transform)
        {
            case "digits": return new string(value.Where(char.IsAsciiDigit).ToArray());
            case "date": return value.Split(' ', 2)[0];
            case "split": return string.Join('|', value.Split(e.Argument!, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            case "staff":
                if (staff?.Invoke(value) is { } login) return login;
                error(($"'{value}' is nobody in the staff directory", "add the person (ops staff add) or correct the name; full names and logins are matched"));
                return value;
            default: return value;
        }
    }

    private Dictionary<string, int[]> Indexes(IReadOnlyList<string> header, string file, List<InputError> errors, int line)
    {
        var clean = header.Select(h => h.Trim().Trim('\uFEFF').Trim()).ToList();
        var index = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var e in Entries)
        {
            var found = e.Sources.Select(s => clean.FindIndex(h => string.Equals(h, s, StringComparison.OrdinalIgnoreCase))).ToArray();
            var missing = e.Sources.Where((s, i) => found[i] < 0).ToList();
            foreach (var m in missing)
                errors.Add(new InputError(file, line, m, $"{Source} {e.Field}={m}: the header has no column '{m}'",
                    "map to one of: " + string.Join(", ", clean)));
            if (missing.Count == 0) index[e.Field] = found;
        }
        return index;
    }
}
