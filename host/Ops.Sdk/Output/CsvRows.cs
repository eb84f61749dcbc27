using System.Text;
using Ops.Sdk.Errors;

namespace Ops.Sdk.Output;

/// <summary>Writes rows as CSV (RFC 4180, CRLF, a header row of the column keys, formula guard of <see cref="CsvText"/>),
/// streamed, with the separator, BOM and encoding a spreadsheet needs.</summary>
internal static class CsvRows
{
    /// <summary>To a text writer (its encoding is the writer's).</summary>
    public static void Write<T>(TextWriter output, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, char delimiter = ',')
    {
        var line = new StringBuilder();
        output.Write(string.Join(delimiter, columns.Select(c => CsvText.Field(c.Key))));
        output.Write("\r\n");
        foreach (var row in rows)
        {
            line.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0) line.Append(delimiter);
                line.Append(CsvText.Field(CellText.Of(columns[i].Value(row))));
            }
            line.Append("\r\n");
            output.Write(line);
        }
    }

    /// <summary>To bytes in <see cref="OutputSettings.Encoding"/>, with a BOM when <see cref="OutputSettings.Bom"/>.
    /// A character the encoding cannot hold (an emoji in Windows-1251) stops the output with a clear error rather than
    /// turning into '?' silently; a file is then not written at all.</summary>
    public static void Write<T>(Stream stream, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, OutputSettings settings)
    {
        var encoding = settings.Encoding.CodePage == 65001
            ? new UTF8Encoding(settings.Bom, true)
            : Encoding.GetEncoding(settings.Encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            using var writer = new StreamWriter(stream, encoding, 1 << 16, leaveOpen: true);
            Write(writer, rows, columns, settings.Delimiter);
        }
        catch (EncoderFallbackException e)
        {
            var character = e.CharUnknown != '\0' ? e.CharUnknown.ToString() : new string([e.CharUnknownHigh, e.CharUnknownLow]);
            throw new InvalidInputException($"'{character}' in the data cannot be written in {settings.Encoding.WebName}",
                "use --encoding utf-8 --bom (Excel reads it)");
        }
    }
}
