namespace Ops.Bench.DataGen;

/// <summary>RFC 4180 quoting: a field with a comma, quote or line break is quoted and its quotes doubled.</summary>
internal static class Csv
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    public static string Line(params string[] fields) => string.Join(',', fields.Select(Field));

    public static StreamWriter Create(string path) => new(path, false, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
}
