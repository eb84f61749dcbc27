using System.Globalization;
using System.Text;

namespace Ops.Sdk.Output;

/// <summary>How many terminal cells a text takes: Cyrillic and Latin letters one, combining marks none, East Asian wide
/// characters and emoji two (the ranges of Unicode's East Asian Width W/F that terminals draw double).</summary>
public static class DisplayWidth
{
    /// <summary>The width of <paramref name="text"/> in terminal cells.</summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Of(rune);
        return width;
    }

    /// <summary><paramref name="text"/> cut to at most <paramref name="width"/> cells, ending in "…" when cut.</summary>
    public static string Truncate(string text, int width)
    {
        if (Of(text) <= width) return text;
        var sb = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = Of(rune);
            if (used + w > width - 1) break;
            sb.Append(rune.ToString());
            used += w;
        }
        return sb.Append('…').ToString();
    }

    /// <summary>Every line of <paramref name="text"/> wrapped at spaces to <paramref name="width"/> cells, continuation lines
    /// indented like the line they continue (plus two); a word longer than the width is cut with "…".</summary>
    public static string Wrap(string text, int width)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            var current = new StringBuilder(line[..indent]);
            var lineHasWord = false;
            foreach (var word in line[indent..].Split(' '))
            {
                if (lineHasWord && Of(current.ToString()) + 1 + Of(word) > width)
                {
                    sb.Append(current.ToString().TrimEnd()).Append('\n');
                    current.Clear().Append(' ', Math.Min(indent + 2, width / 2));
                    lineHasWord = false;
                }
                if (lineHasWord) current.Append(' ');
                current.Append(Truncate(word, Math.Max(1, width - Of(current.ToString()))));
                lineHasWord = true;
            }
            sb.Append(current.ToString().TrimEnd()).Append('\n');
        }
        return sb.ToString(0, sb.Length - 1);
    }

    /// <summary><paramref name="text"/> padded with spaces to <paramref name="width"/> cells.</summary>
    public static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    private static int Of(Rune r)
    {
        var category = Rune.GetUnicodeCategory(r);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format || r.Value == 0) return 0;
        var v = r.Value;
        return v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1F64F
            or >= 0x1F900 and <= 0x1F9FF or >= 0x20000 and <= 0x3FFFD ? 2 : 1;
    }
}
