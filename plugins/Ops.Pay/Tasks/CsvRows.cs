using System.Text;

namespace Ops.Pay.Tasks;

/// <summary>RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes), each with the line it
/// starts on for error messages. CsvHelper 34 replaced the API this would have used; this is all the import needs.</summary>
internal static class CsvRows
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1;
        bool quoted = false, any = false;
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
                if (any || fields[0].Length > 0) yield return (start, fields.ToArray());
                fields.Clear();
                any = false;
                start = ++line;
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
