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
                    Out.WriteLine($"{key.PadRight(width)}  {OneLine(CellText.Of(value))}");
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
        var cells = rows.Select(r => columns.Select(c => OneLine(CellText.Of(c.Value(r)))).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        Out.WriteLine(Line(columns.Select(c => c.Header).ToArray(), widths));
        foreach (var r in cells) Out.WriteLine(Line(r, widths));
        if (cells.Count == 0) Error.WriteLine("(no rows)");
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    private static string OneLine(string s) =>
        s.AsSpan().IndexOfAny('\r', '\n') < 0 ? s : s.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
