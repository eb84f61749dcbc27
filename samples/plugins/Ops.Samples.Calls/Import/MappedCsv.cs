using Ops.Samples.Calls.Data;
using Ops.Sdk.Errors;

namespace Ops.Samples.Calls.Import;

/// <summary>Any CSV with a header row, read through a <see cref="Ops.Sdk.Input.ColumnMap"/>.</summary>
internal static class MappedCsv
{
    private static readonly HashSet<string> Answered = new(StringComparer.OrdinalIgnoreCase)
        { "ANSWERED", "ANSWER", "answered", "ok", "success", "отвечен", "отвечено", "принят", "успешно" };

    public static List<CallRecord> Parse(IReadOnlyList<string> header, IEnumerable<CsvRows.Row> rows, string file, Ops.Sdk.Input.ColumnMap map, List<InputError> errors)
    {
        var at = map.Resolve(header, file, errors);
        if (at.Count < map.Columns.Count) return [];
        var calls = new List<CallRecord>();
        foreach (var row in rows)
        {
            string? Get(string field) => at.TryGetValue(field, out var i) ? (i < row.Fields.Length ? row.Fields[i].Trim() : "") : null;
            void Error(string field, string problem, string fix) => errors.Add(new InputError(file, row.Line, map.Columns[field], problem, fix));
            var before = errors.Count;

            var startText = Get("start")!;
            var start = Values.Time(startText);
            if (start is null) Error("start", $"'{startText}' is not a date and time", Values.TimeHint);
            var from = Get("from")!;
            var to = Get("to")!;
            if (from.Length == 0 && to.Length == 0) Error("from", "both from and to are empty", "a call needs at least one of its numbers");
            var duration = 0;
            if (Get("duration") is { } d)
            {
                if (Values.Seconds(d) is { } s) duration = s;
                else Error("duration", $"'{d}' is not a duration", "write seconds (125), mm:ss (02:05) or hh:mm:ss");
            }
            var talk = duration;
            if (Get("talk") is { Length: > 0 } t)
            {
                if (Values.Seconds(t) is { } s) talk = s;
                else Error("talk", $"'{t}' is not a duration", "write seconds (95), mm:ss (01:35) or hh:mm:ss");
            }
            Direction? direction = null;
            if (Get("direction") is { Length: > 0 } dir)
            {
                direction = DirectionOf(dir);
                if (direction is null) Error("direction", $"'{dir}' is not a direction", "write in, out or internal");
            }
            if (errors.Count > before) continue;

            var status = Get("status");
            var answered = status is not null ? Answered.Contains(status) : Get("duration") is null || talk > 0;
            var line = Get("line") is { Length: > 0 } l ? l : null;
            var (dirFound, lineFound, raw) = Sides(from, to, line, direction);
            var id = Get("id");
            var uid = "csv:" + (id is { Length: > 0 } ? id : Uid.Hash(row.Fields));
            calls.Add(new CallRecord(uid, "csv", start!.Value, lineFound, dirFound, PhoneNumber.Normalize(raw), raw,
                duration, talk, answered, (status ?? (answered ? "ANSWERED" : "NO ANSWER")).ToUpperInvariant()));
        }
        return calls;
    }

    /// <summary>The firm's side of a call: the mapped line when there is one (the other party is whichever of
    /// from/to is not the line), else the side that is not a phone number.</summary>
    private static (Direction, string? Line, string Raw) Sides(string from, string to, string? line, Direction? given)
    {
        if (given is { } g)
            return g switch
            {
                Direction.Out => (g, line ?? NullIfEmpty(from), to),
                Direction.In => (g, line ?? NullIfEmpty(to), from),
                _ => (g, line ?? NullIfEmpty(from), to),
            };
        if (line is not null)
        {
            if (string.Equals(from, line, StringComparison.Ordinal)) return (Direction.Out, line, to);
            if (string.Equals(to, line, StringComparison.Ordinal)) return (Direction.In, line, from);
        }
        var fromPhone = PhoneNumber.Normalize(from) is not null;
        var toPhone = PhoneNumber.Normalize(to) is not null;
        if (toPhone && !fromPhone) return (Direction.Out, line ?? NullIfEmpty(from), to);
        if (fromPhone) return (Direction.In, line ?? NullIfEmpty(to), from);
        return (Direction.Internal, line ?? NullIfEmpty(from), to);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static Direction? DirectionOf(string text) => text.Trim().ToLowerInvariant() switch
    {
        "in" or "incoming" or "inbound" or "входящий" or "вход" => Direction.In,
        "out" or "outgoing" or "outbound" or "исходящий" or "исх" => Direction.Out,
        "internal" or "внутренний" => Direction.Internal,
        _ => null,
    };
}
