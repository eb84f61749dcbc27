using Microsoft.VisualBasic.FileIO;

namespace Ops.Testing;

/// <summary>Parses CSV with the framework's RFC 4180 parser (not our own writer's logic), for every test project:
/// rows as header name → value, so that tests read columns by name, never by a position.</summary>
public static class Csv
{
    public static List<Dictionary<string, string>> Parse(string text, string delimiter = ",")
    {
        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(delimiter);
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            rows.Add(header.Select((h, i) => (h, v: fields[i])).ToDictionary(x => x.h, x => x.v));
        }
        return rows;
    }
}
