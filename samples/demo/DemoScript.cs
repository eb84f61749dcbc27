using System.Globalization;
using System.Text;
using Ops.Sdk.Errors;

namespace Ops.Samples.Demo;

/// <summary>One command line of a demo script, with who runs it, when, the exit codes it may end with,
/// and where its stdout goes (null: the log only).</summary>
internal sealed record DemoStep(int Line, string Text, string[] Args, string OsLogin, DateTimeOffset At, int[] Expect, string? StdoutTo);

/// <summary>A progress line to print before the steps that follow it.</summary>
internal sealed record DemoSay(int Line, string Text);

/// <summary>Parses a demo script (<c>samples/firm/demo.ops</c>): one <c>ops …</c> command line per line, quoted like a
/// POSIX shell (single quotes verbatim, double quotes with <c>\"</c> and <c>\\</c>), an optional trailing <c>&gt; FILE</c>,
/// and directives: <c>@as LOGIN</c> (the OS login the following lines run as), <c>@at ISO-8601</c> (the clock for the
/// following lines; each line then advances it by a minute; time never goes back), <c>@expect N[,N…]</c> (exit codes allowed for the next
/// line; default 0) and <c>@say TEXT</c> (a progress line). <c>$OUT</c> and <c>$FIRM</c> in a word are replaced by
/// the output and sample folders. Blank lines and lines starting with <c>#</c> are ignored.</summary>
internal static class DemoScript
{
    public static IReadOnlyList<object> Parse(string path, IReadOnlyDictionary<string, string> variables)
    {
        var items = new List<object>();
        var login = "admin";
        DateTimeOffset? at = null;
        int[]? expect = null;
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string Where() => $"{path}:{number}";
            if (line.StartsWith('@'))
            {
                var space = line.IndexOf(' ');
                var name = space < 0 ? line : line[..space];
                var value = space < 0 ? "" : line[(space + 1)..].Trim();
                switch (name)
                {
                    case "@as" when value.Length > 0 && !value.Contains(' '):
                        login = value;
                        break;
                    case "@at":
                        var next = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                            ? t.ToUniversalTime()
                            : throw new InvalidInputException($"{Where()}: '@at {value}' is not a date-time", "write e.g. @at 2026-11-19T10:00:00Z");
                        // The audit log is a history: a script that went back in time would write one no real firm could have.
                        if (at is not null && next < at)
                            throw new InvalidInputException($"{Where()}: '@at {value}' is earlier than the line before it ({at:yyyy-MM-ddTHH:mm}Z)",
                                "keep the script in chronological order");
                        at = next;
                        break;
                    case "@expect":
                        expect = ParseCodes(value, Where());
                        break;
                    case "@say" when value.Length > 0:
                        items.Add(new DemoSay(number, value));
                        break;
                    default:
                        throw new InvalidInputException($"{Where()}: unknown or incomplete directive '{line}'",
                            "use @as LOGIN, @at DATE-TIME, @expect CODES or @say TEXT");
                }
                continue;
            }
            var words = Split(line, Where());
            if (words.Count < 2 || words[0] != "ops")
                throw new InvalidInputException($"{Where()}: a command line must start with 'ops ': {line}", "write the ops command line as you would type it");
            if (at is null)
                throw new InvalidInputException($"{Where()}: no '@at' before the first command", "pin the clock first, e.g. @at 2026-08-28T07:00:00Z");
            string? stdoutTo = null;
            var redirect = words.IndexOf(">");
            if (redirect >= 0)
            {
                if (redirect != words.Count - 2)
                    throw new InvalidInputException($"{Where()}: '>' must be followed by exactly one file at the end of the line", "write: ops … > $OUT/file");
                stdoutTo = Expand(words[^1], variables, Where());
                words.RemoveRange(redirect, 2);
            }
            var args = words.Skip(1).Select(w => Expand(w, variables, Where())).ToArray();
            if (args.Any(a => a == "--db" || a.StartsWith("--db=", StringComparison.Ordinal)))
                throw new InvalidInputException($"{Where()}: a demo line may not name --db: {line}",
                    "the demo's lines run on the demo's own store only");
            if (stdoutTo is not null && !IsInside(stdoutTo, variables["OUT"]))
                throw new InvalidInputException($"{Where()}: '> {stdoutTo}' is outside the demo's folder", "write: ops … > $OUT/file");
            items.Add(new DemoStep(number, line, args, login, at.Value, expect ?? [ExitCodes.Ok], stdoutTo));
            at = at.Value.AddMinutes(1);
            expect = null;
        }
        return items;
    }

    private static bool IsInside(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static int[] ParseCodes(string value, string where)
    {
        var codes = value.Split(',', StringSplitOptions.TrimEntries);
        return codes.All(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out _)) && codes.Length > 0
            ? codes.Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray()
            : throw new InvalidInputException($"{where}: '@expect {value}' is not a list of exit codes", "write e.g. @expect 0,1");
    }

    private static string Expand(string word, IReadOnlyDictionary<string, string> variables, string where)
    {
        var result = word;
        foreach (var (name, value) in variables) result = result.Replace("$" + name, value, StringComparison.Ordinal);
        if (result.Contains('$'))
            throw new InvalidInputException($"{where}: unknown variable in '{word}'", $"use one of: {string.Join(", ", variables.Keys.Select(k => "$" + k))}");
        return result;
    }

    /// <summary>Splits a line into words the way a POSIX shell would for the quoting the script uses.</summary>
    public static List<string> Split(string line, string where)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord) { words.Add(word.ToString()); word.Clear(); inWord = false; }
                continue;
            }
            inWord = true;
            if (c == '\'')
            {
                var end = line.IndexOf('\'', i + 1);
                if (end < 0) throw new InvalidInputException($"{where}: unterminated single quote", "close the quote on the same line");
                word.Append(line, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                i++;
                for (; i < line.Length && line[i] != '"'; i++)
                {
                    if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$') i++;
                    word.Append(line[i]);
                }
                if (i >= line.Length) throw new InvalidInputException($"{where}: unterminated double quote", "close the quote on the same line");
            }
            else if (c == '\\' && i + 1 < line.Length) word.Append(line[++i]);
            else word.Append(c);
        }
        if (inWord) words.Add(word.ToString());
        return words;
    }
}
