using System.Text;
using Ops.Sdk.Output;

namespace Ops.Host.App;

/// <summary>The layout of a help page's text: paragraphs and two-column rows indented by two cells and wrapped at spaces
/// to the terminal's width, leaving its last column free (a line that fills it makes some terminals add an empty one).
/// A word is never cut: one longer than its column stands on a line of its own.</summary>
internal sealed class HelpColumns(int terminalWidth)
{
    private readonly int width = terminalWidth == int.MaxValue ? terminalWidth : terminalWidth - 1;

    private const string Indent = "  ";

    public sealed record Row(string First, string Second);

    /// <summary>An indented paragraph, or "" for no text.</summary>
    public string Paragraph(string text)
    {
        var body = new StringBuilder();
        foreach (var line in Lines(text, width - Indent.Length)) body.Append(Indent).Append(line).Append('\n');
        return body.ToString();
    }

    /// <summary>The rows in two aligned columns; when they do not fit, the first column takes at most half the width and
    /// both are wrapped. "" for no rows.</summary>
    public string Rows(List<Row> rows)
    {
        if (rows.Count == 0) return "";
        int first = 0, second = 0;
        foreach (var row in rows)
        {
            first = Math.Max(first, DisplayWidth.Of(row.First));
            second = Math.Max(second, DisplayWidth.Of(row.Second));
        }
        if (first + second + 2 * Indent.Length > width)
        {
            var firstMax = width / 2 - Indent.Length;
            if (first > firstMax)
            {
                first = 0;
                foreach (var row in rows)
                    foreach (var line in Lines(row.First, firstMax)) first = Math.Max(first, DisplayWidth.Of(line));
            }
            second = Math.Max(1, width - first - 2 * Indent.Length);
        }
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var left = Lines(row.First, first);
            var right = Lines(row.Second, second);
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                var l = i < left.Count ? left[i] : "";
                text.Append(Indent);
                if (i < right.Count && right[i].Length > 0) text.Append(DisplayWidth.Pad(l, first)).Append(Indent).Append(right[i]);
                else text.Append(l);
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>The text's lines (it may hold line breaks) wrapped at spaces to <paramref name="max"/> cells.</summary>
    private static List<string> Lines(string text, int max)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            var used = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = DisplayWidth.Of(word);
                if (used > 0 && used + 1 + w > max)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    used = 0;
                }
                if (used > 0) { line.Append(' '); used++; }
                line.Append(word);
                used += w;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }
}
