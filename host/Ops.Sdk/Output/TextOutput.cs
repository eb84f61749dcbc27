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

    private void WriteTable<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns)
    {
        var all = rows.Select(r => columns.Select(c => OneLine(CellText.Of(c.Value(r)))).ToArray()).ToList();
        if (all.Count == 0) Error.WriteLine("(no rows)");
        // A column empty in every row says nothing to a person: left out of the table (JSON and CSV keep it).
        var shown = Enumerable.Range(0, columns.Count).Where(i => all.Count == 0 || all.Any(r => r[i].Length > 0)).ToArray();
        var headers = shown.Select(i => columns[i].Header).ToArray();
        var cells = all.Select(r => shown.Select(i => r[i]).ToArray()).ToList();
        var widths = headers.Select((h, i) => Math.Max(DisplayWidth.Of(h), cells.Count == 0 ? 0 : cells.Max(r => DisplayWidth.Of(r[i])))).ToArray();
        if (Settings.TableWidth is { } max) Fit(widths, max);
        Out.WriteLine(Line(headers, widths));
        foreach (var r in cells) Out.WriteLine(Line(r, widths));
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

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? DisplayWidth.Truncate(c, widths[i]) : DisplayWidth.Pad(DisplayWidth.Truncate(c, widths[i]), widths[i]))).TrimEnd();

    private static string OneLine(string s) =>
        s.AsSpan().IndexOfAny('\r', '\n') < 0 ? s : s.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
