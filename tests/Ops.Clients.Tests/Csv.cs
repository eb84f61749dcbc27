using Microsoft.VisualBasic.FileIO;

namespace Ops.Clients.Tests;

/// <summary>Parses CSV output with the framework's RFC 4180 parser (not our own writer's logic).</summary>
internal static class Csv
{
    public static List<Dictionary<string, string>> Parse(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
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
