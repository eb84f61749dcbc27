using System.Text;

namespace Ops.Clients.Import;

/// <summary>An RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes) that reports
/// the line each record starts on, so that errors can point at it. CsvHelper 34's new API was not
/// used: this is all the import needs and keeps the plugin free of a package dependency.</summary>
internal static class CsvRecords
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else { if (ch == '\n') line++; field.Append(ch); }
                continue;
            }
            if (ch == '"' && field.Length == 0) { quoted = true; any = true; }
            else if (ch == delimiter) { fields.Add(field.ToString()); field.Clear(); any = true; }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                if (any || fields.Count > 1 || fields[0].Length > 0) yield return (start, fields.ToArray());
                fields.Clear();
                any = false;
                line++;
                start = line;
            }
            else { field.Append(ch); any = true; }
        }
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields.ToArray());
        }
    }
}
