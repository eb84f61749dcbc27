using System.Text;
using Ops.Documents.Templating;

namespace Ops.Documents.Rendering;

/// <summary>A self-contained HTML5 page. Every text is encoded; nothing from the store is markup.</summary>
internal static class HtmlWriter
{
    public static string Write(RenderedDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(doc.Lang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(doc.Title)).Append("</title>\n<style>")
            .Append("body{font-family:'Times New Roman',serif;max-width:48em;margin:2em auto;line-height:1.4}")
            .Append(".stamp{border:2px solid #000;padding:.3em .6em;float:right;text-align:center}")
            .Append("table{border-collapse:collapse}td,th{border:1px solid #000;padding:.2em .4em;vertical-align:top}")
            .Append(".sign{margin-top:1.5em}.pb{page-break-after:always}")
            .Append("</style>\n</head>\n<body>\n");
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Stamp:
                    sb.Append("<div class=\"stamp\"><strong>").Append(Encode(doc.StampLines[0])).Append("</strong>");
                    foreach (var line in doc.StampLines.Skip(1)) sb.Append("<br>").Append(Encode(line));
                    sb.Append("</div>\n");
                    break;
                case Heading h:
                    var tag = h.Level == 1 ? "h1" : "h2";
                    sb.Append('<').Append(tag).Append('>');
                    if (h.Number.Length > 0) sb.Append(Encode(h.Number)).Append(' ');
                    sb.Append(Encode(h.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case Clause c: sb.Append("<p class=\"clause\">").Append(Encode(c.Number)).Append(' ').Append(Encode(c.Text)).Append("</p>\n"); break;
                case Bullet b: sb.Append("<ul><li>").Append(Encode(b.Text)).Append("</li></ul>\n"); break;
                case Paragraph p: sb.Append("<p>").Append(Encode(p.Text)).Append("</p>\n"); break;
                case Signature s:
                    sb.Append("<p class=\"sign\">").Append(Encode(s.Label)).Append(": ________________");
                    if (s.Name.Length > 0) sb.Append(" / ").Append(Encode(s.Name)).Append(" /");
                    sb.Append(doc.Lang == "en" ? " date ________" : " «___» ________ 20__ г.").Append("</p>\n");
                    break;
                case Table t:
                    sb.Append("<table>\n");
                    for (var i = 0; i < t.Rows.Count; i++)
                    {
                        var cell = i == 0 ? "th" : "td";
                        sb.Append("<tr>");
                        foreach (var c in t.Rows[i]) sb.Append('<').Append(cell).Append('>').Append(Encode(c)).Append("</").Append(cell).Append('>');
                        sb.Append("</tr>\n");
                    }
                    sb.Append("</table>\n");
                    break;
                case PageBreak: sb.Append("<div class=\"pb\"></div>\n"); break;
            }
        }
        return sb.Append("</body>\n</html>\n").ToString();
    }

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }
}
