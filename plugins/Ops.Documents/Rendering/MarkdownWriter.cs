using System.Text;
using Ops.Documents.Templating;

namespace Ops.Documents.Rendering;

/// <summary>CommonMark with pipe tables. All text is escaped, so a value cannot become markup or HTML.</summary>
internal static class MarkdownWriter
{
    public static string Write(RenderedDocument doc)
    {
        var sb = new StringBuilder();
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Stamp:
                    sb.Append("> **").Append(Escape(doc.StampLines[0])).Append("**  \n");
                    foreach (var line in doc.StampLines.Skip(1)) sb.Append("> ").Append(Escape(line)).Append('\n');
                    break;
                case Heading h:
                    sb.Append(h.Level == 1 ? "# " : "## ");
                    if (h.Number.Length > 0) sb.Append(EscapeNumber(h.Number)).Append(' ');
                    sb.Append(Escape(h.Text)).Append('\n');
                    break;
                case Clause c: sb.Append(EscapeNumber(c.Number)).Append(' ').Append(Escape(c.Text)).Append('\n'); break;
                case Bullet b: sb.Append("- ").Append(Escape(b.Text)).Append('\n'); break;
                case Paragraph p: sb.Append(EscapeStart(Escape(p.Text))).Append('\n'); break;
                case Signature s:
                    sb.Append(Escape(s.Label)).Append(": \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ ");
                    if (s.Name.Length > 0) sb.Append("/ ").Append(Escape(s.Name)).Append(" / ");
                    sb.Append(doc.Lang == "en" ? "date \\_\\_\\_\\_\\_\\_\\_\\_" : "«\\_\\_\\_» \\_\\_\\_\\_\\_\\_\\_\\_ 20\\_\\_ г.").Append('\n');
                    break;
                case Table t:
                    for (var i = 0; i < t.Rows.Count; i++)
                    {
                        sb.Append("| ").Append(string.Join(" | ", t.Rows[i].Select(c => Escape(c).Replace("|", "\\|")))).Append(" |\n");
                        if (i == 0) sb.Append('|').Append(string.Concat(t.Rows[0].Select(_ => " --- |"))).Append('\n');
                    }
                    break;
                case PageBreak: sb.Append("\n---\n"); break;
            }
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private const string Specials = "\\`*_[]<>&|~";

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Specials) < 0) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                default:
                    if (Specials.Contains(c)) sb.Append('\\');
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>"1." at a line start would become a list item; the number is text here.</summary>
    private static string EscapeNumber(string number) => number.EndsWith('.') ? number[..^1] + "\\." : number;

    /// <summary>A paragraph must not start like a heading, list item or quote.</summary>
    private static string EscapeStart(string text)
    {
        if (text.Length == 0) return text;
        if ("#+-=>".Contains(text[0])) return "\\" + text;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')') return text[..digits] + "\\" + text[digits..];
        return text;
    }
}
