using System.Text;

namespace Ops.Mail.Targets;

/// <summary>How values are embedded in each file language so that no value can change what the file does.</summary>
public static class Escape
{
    /// <summary>Text for a one-line comment: control characters (newlines included) become spaces.</summary>
    public static string CommentText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
        return sb.ToString();
    }

    /// <summary>A Sieve quoted string (RFC 5228 2.4.2): backslash and double quote are escaped; line breaks
    /// stay (quoted strings may span lines) as CRLF-neutral LF; other control characters are dropped.</summary>
    public static string Sieve(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text.Replace("\r\n", "\n").Replace('\r', '\n'))
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c == '\n' || c == '\t' || !char.IsControl(c)) sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A Sieve string list, several items to a line.</summary>
    public static string SieveList(IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 1) return Sieve(list[0]);
        var sb = new StringBuilder("[");
        var line = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var item = Sieve(list[i]);
            if (i > 0) sb.Append(',');
            if (line + item.Length > 100) { sb.Append("\n    "); line = 0; }
            else if (i > 0) { sb.Append(' '); line++; }
            sb.Append(item);
            line += item.Length + 1;
        }
        return sb.Append(']').ToString();
    }

    /// <summary>A PowerShell verbatim (single-quoted) string: every kind of single quote PowerShell accepts
    /// (' ‘ ’ ‚ ‛) is doubled; nothing inside is expanded, so $() and ; are inert.</summary>
    public static string PowerShell(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text.Replace("\r\n", "\n"))
        {
            if (c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B') sb.Append(c).Append(c);
            else if (c == '\n' || c == '\t' || !char.IsControl(c)) sb.Append(c);
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>A regular expression (RE2 and .NET) matching <paramref name="text"/> literally.</summary>
    public static string Regex(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '@' or '_' or '-' || c > '\u007f' ? "" : "\\").Append(c);
        return sb.ToString();
    }

    /// <summary>A value shown in step-by-step instructions: one line, with invisible characters made visible.</summary>
    public static string Shown(string text) =>
        text.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t") is var s
            ? CommentText(s) : s;

    /// <summary>Splits items into chunks whose joined length stays under <paramref name="maxChars"/>.</summary>
    public static IEnumerable<List<string>> Chunks(IReadOnlyList<string> items, int maxChars)
    {
        var chunk = new List<string>();
        var size = 0;
        foreach (var item in items)
        {
            if (chunk.Count > 0 && size + item.Length + 4 > maxChars) { yield return chunk; chunk = []; size = 0; }
            chunk.Add(item);
            size += item.Length + 4;
        }
        if (chunk.Count > 0) yield return chunk;
    }
}
