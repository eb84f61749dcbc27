using Ops.Sdk.Errors;

namespace Ops.Samples.Calls.Import;

/// <summary>The <c>--map</c> of a generic CSV: which header column holds which field of a call,
/// e.g. <c>from=caller,to=callee,start=date,duration=secs,line=ext</c>.</summary>
internal sealed class ColumnMap
{
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["start"] = "when the call started (required)",
        ["from"] = "the calling number or extension (required)",
        ["to"] = "the called number or extension (required)",
        ["line"] = "the firm's extension or trunk on the call",
        ["duration"] = "the whole call in seconds, mm:ss or hh:mm:ss",
        ["talk"] = "the talk time (billsec); defaults to duration",
        ["status"] = "answered or not (ANSWERED, NO ANSWER, BUSY, FAILED; also answered/missed, отвечен/пропущен)",
        ["direction"] = "in/out/internal (also incoming/outgoing, входящий/исходящий/внутренний)",
        ["id"] = "a unique call id; without it a hash of the row keeps re-imports idempotent",
    };

    private static readonly string[] Required = ["start", "from", "to"];

    private ColumnMap(Dictionary<string, string> columns) => Columns = columns;

    /// <summary>Field → header name.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; }

    public static ColumnMap Parse(string text)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0 || eq == pair.Length - 1)
                throw new UsageException($"--map: '{pair}' is not FIELD=COLUMN", "e.g. --map from=caller,to=callee,start=date,duration=secs,line=ext");
            var field = pair[..eq].Trim().ToLowerInvariant();
            var column = pair[(eq + 1)..].Trim();
            if (!Fields.ContainsKey(field))
                throw new UsageException($"--map: unknown field '{field}'", "fields: " + string.Join(", ", Fields.Keys));
            if (!columns.TryAdd(field, column))
                throw new UsageException($"--map: field '{field}' is mapped twice", "map each field to one column");
        }
        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            throw new UsageException($"--map: {string.Join(", ", missing)} not mapped", "map at least start, from and to, e.g. --map start=date,from=caller,to=callee");
        return new ColumnMap(columns);
    }

    /// <summary>Field → column index in <paramref name="header"/> (names matched ignoring case and blanks); a missing column is an error.</summary>
    public Dictionary<string, int> Resolve(IReadOnlyList<string> header, string file, List<InputError> errors)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, column) in Columns)
        {
            var i = header.ToList().FindIndex(h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
            if (i < 0)
                errors.Add(new InputError(file, 1, column, $"--map {field}={column}: the header has no column '{column}'",
                    "map to one of: " + string.Join(", ", header.Select(h => h.Trim()))));
            else index[field] = i;
        }
        return index;
    }
}
