using CsvHelper;
using Ops.Sdk.Errors;

namespace Ops.Samples.Calls.Import;

/// <summary>The records of a CSV text with the line each starts on, read with CsvHelper. Malformed quoting
/// is reported as an input error rather than silently recovered, so a broken file never imports half-read.</summary>
internal static class CsvRows
{
    public sealed record Row(int Line, string[] Fields);

    public static (IReadOnlyList<string> Header, List<Row> Rows) Read(string text, string file, char separator, bool hasHeader, List<InputError> errors)
    {
        var malformed = new List<InputError>();
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = hasHeader,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            OnMalformedRecord = m => malformed.Add(new InputError(file, (int)m.LineNumber, "", $"malformed CSV quoting ({m.Reason})",
                "put quotes around the whole field and double any quote inside it")),
        };
        var rows = new List<Row>();
        IReadOnlyList<string> header = [];
        using (var reader = CsvReader.FromText(text, options))
        {
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i);
                rows.Add(new Row((int)reader.LineNumber, fields));
            }
            if (hasHeader) header = [.. reader.Headers];
        }
        errors.AddRange(malformed);
        return (header, rows);
    }
}
