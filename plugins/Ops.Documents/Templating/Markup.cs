using System.Text;

namespace Ops.Documents.Templating;

/// <summary>
/// The line-based markup templates produce, and its parser. Literal template text carries the
/// structure; values written by <c>{{ … }}</c> arrive fenced (<see cref="Fence"/>) and are only ever text.
/// <code>
/// # Title                     ## Section heading (numbered 1., 2., …)
/// + Clause (numbered 1.1., 1.2., … under the current section)
/// - Bullet                    | cell | cell |  (a table; its first row is the header)
/// @stamp                      the «Коммерческая тайна» stamp with the owner's name and location
/// @section ID                 marks a required section (not printed)
/// @sign LABEL | NAME          a signature line
/// @pagebreak                  anything else: a paragraph (blank lines separate blocks)
/// </code>
/// </summary>
internal static class Markup
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    /// <summary>Fences a value after removing what could change the document's meaning or break a format:
    /// control characters (line breaks become spaces), bidi overrides and isolates (which could show text
    /// in an order other than stored), unpaired surrogates, and the fence characters themselves.</summary>
    public static string Fence(string value) => Open + Clean(value) + Close;

    public static string Clean(string value)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? replacement = null;
            if (c is '\r' or '\n' or '\t') replacement = " ";
            else if (char.IsControl(c) || c is Open or Close || IsBidiControl(c) || c is '\uFFFE' or '\uFFFF') replacement = "";
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }
            else if (char.IsSurrogate(c)) replacement = "\uFFFD";
            if (replacement is null) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(value, 0, i, value.Length + 8);
            sb.Append(replacement);
        }
        return sb?.ToString() ?? value;
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static IReadOnlyList<Block> Parse(string markup)
    {
        var blocks = new List<Block>();
        List<string[]>? table = null;
        var paragraph = new StringBuilder();
        int section = 0, clause = 0;

        void FlushParagraph()
        {
            if (paragraph.Length > 0) blocks.Add(new Paragraph(Text(paragraph.ToString())));
            paragraph.Clear();
        }
        void FlushTable()
        {
            if (table is { Count: > 0 }) blocks.Add(new Table(table));
            table = null;
        }

        foreach (var raw in markup.Split('\n'))
        {
            var line = raw.TrimEnd('\r', ' ');
            var trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith('|'))
            {
                FlushParagraph();
                (table ??= []).Add(Cells(trimmed));
                continue;
            }
            // Blank lines (which template loops leave) do not end a table; other text does.
            if (trimmed.Length == 0) { FlushParagraph(); continue; }
            FlushTable();
            if (trimmed.StartsWith("@section ", StringComparison.Ordinal)) { FlushParagraph(); continue; }
            if (trimmed == "@stamp") { FlushParagraph(); blocks.Add(new Stamp()); continue; }
            if (trimmed == "@pagebreak") { FlushParagraph(); blocks.Add(new PageBreak()); continue; }
            if (trimmed.StartsWith("@sign ", StringComparison.Ordinal))
            {
                FlushParagraph();
                var parts = SplitOutsideFences(trimmed[6..], '|');
                blocks.Add(new Signature(Text(parts[0]).Trim(), parts.Length > 1 ? Text(parts[1]).Trim() : ""));
                continue;
            }
            if (trimmed.StartsWith("## ", StringComparison.Ordinal))
            {
                FlushParagraph();
                section++; clause = 0;
                blocks.Add(new Heading(2, $"{section}.", Text(trimmed[3..]).Trim()));
                continue;
            }
            if (trimmed.StartsWith("# ", StringComparison.Ordinal))
            {
                FlushParagraph();
                blocks.Add(new Heading(1, "", Text(trimmed[2..]).Trim()));
                continue;
            }
            if (trimmed.StartsWith("+ ", StringComparison.Ordinal))
            {
                FlushParagraph();
                clause++;
                var number = section > 0 ? $"{section}.{clause}." : $"{clause}.";
                blocks.Add(new Clause(number, Text(trimmed[2..]).Trim()));
                continue;
            }
            if (trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                FlushParagraph();
                blocks.Add(new Bullet(Text(trimmed[2..]).Trim()));
                continue;
            }
            if (paragraph.Length > 0) paragraph.Append(' ');
            paragraph.Append(trimmed);
        }
        FlushTable();
        FlushParagraph();
        return blocks;
    }

    /// <summary>The names of the sections a markup or template source marks, with their 1-based lines.</summary>
    public static IEnumerable<(string Id, int Line)> Sections(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t.StartsWith("@section ", StringComparison.Ordinal)) yield return (t[9..].Trim(), i + 1);
            else if (t == "@stamp") yield return ("stamp", i + 1);
        }
    }

    private static string[] Cells(string line)
    {
        var body = line.Trim();
        if (body.StartsWith('|')) body = body[1..];
        if (body.EndsWith('|')) body = body[..^1];
        return SplitOutsideFences(body, '|').Select(c => Text(c).Trim()).ToArray();
    }

    private static string[] SplitOutsideFences(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Open) depth++;
            else if (text[i] == Close) depth = Math.Max(0, depth - 1);
            else if (text[i] == separator && depth == 0) { parts.Add(text[start..i]); start = i + 1; }
        }
        parts.Add(text[start..]);
        return [.. parts];
    }

    /// <summary>The plain text of a markup fragment: fences removed.</summary>
    private static string Text(string fragment) =>
        fragment.AsSpan().IndexOfAny(Open, Close) < 0 ? fragment : fragment.Replace(Open.ToString(), "").Replace(Close.ToString(), "");
}

internal abstract record Block;
internal sealed record Heading(int Level, string Number, string Text) : Block;
internal sealed record Clause(string Number, string Text) : Block;
internal sealed record Bullet(string Text) : Block;
internal sealed record Paragraph(string Text) : Block;
internal sealed record Table(IReadOnlyList<string[]> Rows) : Block;
internal sealed record Signature(string Label, string Name) : Block;
internal sealed record Stamp : Block;
internal sealed record PageBreak : Block;
