using System.Text;
using System.Text.Json;

namespace Ops.Sdk.Output;

/// <summary>The standard <see cref="IOutput"/> over two text writers (the console, or strings in tests).</summary>
public sealed class TextOutput(TextWriter output, TextWriter error) : IOutput
{
    /// <inheritdoc />
    public TextWriter Out { get; } = output;

    /// <inheritdoc />
    public TextWriter Error { get; } = error;

    /// <inheritdoc />
    public void Message(string text) => Error.WriteLine(text);

    /// <summary>The run's CSV and file choices (<c>--delimiter</c>, <c>--bom</c>, <c>--encoding</c>, <c>--out</c>); set by the host.</summary>
    public OutputSettings Settings { get; set; } = new();

    /// <inheritdoc />
    public void Rows<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json: WriteJson(rows, columns); break;
            case OutputFormat.Csv when Settings.CsvNeedsBytes: WriteBytes(s => CsvRows.Write(s, rows, columns, Settings)); break;
            case OutputFormat.Csv: CsvRows.Write(Out, rows, columns, Settings.Delimiter); break;
            case OutputFormat.Xlsx: WriteBytes(s => XlsxRows.Write(s, rows, columns)); break;
            default: WriteTable(rows, columns); break;
        }
        Out.Flush();
    }

    /// <inheritdoc />
    public void Record(IReadOnlyList<KeyValuePair<string, object?>> fields, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                using (var w = JsonWriter())
                {
                    w.WriteStartObject();
                    foreach (var (key, value) in fields)
                    {
                        w.WritePropertyName(key);
                        JsonRows.WriteValue(w, value);
                    }
                    w.WriteEndObject();
                }
                Out.WriteLine();
                break;
            case OutputFormat.Csv or OutputFormat.Xlsx:
                Rows([fields], fields.Select((f, i) => new Column<IReadOnlyList<KeyValuePair<string, object?>>>(f.Key, f.Key, r => r[i].Value)).ToList(), format);
                return;
            default:
                var width = fields.Count == 0 ? 0 : fields.Max(f => f.Key.Length);
                foreach (var (key, value) in fields)
                {
                    var text = OneLine(CellText.Of(value));
                    if (Settings.TableWidth is { } max) text = DisplayWidth.Truncate(text, Math.Max(8, max - width - 2));
                    Out.WriteLine($"{key.PadRight(width)}  {text}".TrimEnd());
                }
                break;
        }
        Out.Flush();
    }

    private void WriteJson<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns)
    {
        using (var w = JsonWriter())
        {
            w.WriteStartArray();
            var n = 0;
            foreach (var row in rows)
            {
                w.WriteStartObject();
                foreach (var c in columns)
                {
                    w.WritePropertyName(c.Key);
                    JsonRows.WriteValue(w, c.Value(row));
                }
                w.WriteEndObject();
                if (++n % 256 == 0) w.Flush();
            }
            w.WriteEndArray();
        }
        Out.WriteLine();
    }

    private Utf8JsonWriter JsonWriter() => new(new TextWriterStream(Out), JsonRows.Options);

    private void WriteBytes(Action<Stream> write)
    {
        if (Settings.Binary is not { } binary) throw new Errors.UsageException(Settings.BinaryRefusal, "add --out FILE, or redirect stdout to a file (> clients.xlsx)");
        Out.Flush();
        binary(write);
    }

    /// <summary>How many rows a table measures its columns on before it starts writing.</summary>
    private const int TableSampleRows = 200;

    /// <summary>Streams a table: column widths, and which columns are left out, are decided on the first
    /// <see cref="TableSampleRows"/> rows (held), the rest is written as it is read (a later, wider cell: see
    /// <see cref="Line"/>), so memory does not grow with the row count.</summary>
    private void WriteTable<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns)
    {
        string[] Cells(T r)
        {
            var cells = new string[columns.Count];
            for (var i = 0; i < cells.Length; i++) cells[i] = OneLine(CellText.Of(columns[i].Value(r)));
            return cells;
        }

        using var rest = rows.GetEnumerator();
        var sample = new List<string[]>();
        while (sample.Count < TableSampleRows && rest.MoveNext()) sample.Add(Cells(rest.Current));
        if (sample.Count == 0) Error.WriteLine("(no rows)");
        // A column empty in every sampled row says nothing to a person: left out of the table (JSON and CSV keep it).
        var shown = Enumerable.Range(0, columns.Count).Where(i => sample.Count == 0 || sample.Any(r => r[i].Length > 0)).ToArray();
        string[] Shown(string[] r) => Array.ConvertAll(shown, i => r[i]);
        var headers = Array.ConvertAll(shown, i => columns[i].Header);
        var widths = shown.Select((c, i) => Math.Max(DisplayWidth.Of(headers[i]), sample.Count == 0 ? 0 : sample.Max(r => DisplayWidth.Of(r[c])))).ToArray();
        var measured = (int[])widths.Clone();
        if (Settings.TableWidth is { } max) Fit(widths, max);
        string Row(string[] cells) => Line(cells, widths, measured, Settings.TableWidth);
        Out.WriteLine(Row(headers));
        foreach (var r in sample) Out.WriteLine(Row(Shown(r)));
        sample.Clear();
        var n = 0;
        while (rest.MoveNext())
        {
            Out.WriteLine(Row(Shown(Cells(rest.Current))));
            if (++n % 256 == 0) Out.Flush();
        }
    }

    /// <summary>Narrows the widest columns, one cell at a time, until the table fits <paramref name="max"/> cells.</summary>
    private static void Fit(int[] widths, int max)
    {
        const int Narrowest = 4;
        while (widths.Sum() + 2 * (widths.Length - 1) > max)
        {
            var widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= Narrowest) return;
            widths[widest]--;
        }
    }

    /// <summary>One table line. A cell is cut only in a column <see cref="Fit"/> narrowed below what it
    /// <paramref name="measured"/>; a later cell wider than the sample's widest is written whole (an id or a name is never
    /// cut just because it came late) and the next cells take the overflow back from their padding, keeping one space.
    /// A line still wider than the terminal is cut at its end.</summary>
    private static string Line(string[] cells, int[] widths, int[] measured, int? max)
    {
        var line = new StringBuilder();
        int at = 0, start = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                var gap = Math.Max(1, start - at);
                line.Append(' ', gap);
                at += gap;
            }
            var cell = widths[i] < measured[i] ? DisplayWidth.Truncate(cells[i], widths[i]) : cells[i];
            line.Append(cell);
            at += DisplayWidth.Of(cell);
            start += widths[i] + 2;
        }
        var text = line.ToString().TrimEnd();
        return max is { } m ? DisplayWidth.Truncate(text, m) : text;
    }

    private static string OneLine(string s) =>
        s.AsSpan().IndexOfAny('\r', '\n') < 0 ? s : s.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
