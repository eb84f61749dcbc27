using System.CommandLine;
using System.CommandLine.Help;
using System.Text;

namespace Ops.Sdk.Cli;

/// <summary>Checks the examples of a command tree (<see cref="SymbolNotes.WithExamples"/>): every command that runs
/// something has one, each begins with <c>ops</c> and that command's path, and each parses with the tree as it is, so
/// an example cannot rot when an option is renamed. For a plugin's tests and the host's.</summary>
public static class HelpExamples
{
    /// <summary>What is wrong with the examples below <paramref name="root"/>, one line each naming the command or the
    /// example; empty when all are right. Commands that only group others (no action, or help as their action) need none.
    /// Each example is read as a shell line: quotes group words, and the line ends at an unquoted <c>#</c>, <c>|</c>,
    /// <c>&gt;</c> or <c>&lt;</c>, so a redirection or a comment after the command line is fine.</summary>
    public static IReadOnlyList<string> Problems(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var problems = new List<string>();
        foreach (var (command, path) in Runnable(root, ""))
        {
            var examples = command.Examples();
            if (examples.Count == 0) problems.Add($"{path}: no example (add .WithExamples(\"{path} …\") where the command is built)");
            foreach (var example in examples)
            {
                var words = Words(example);
                if (!example.StartsWith(path, StringComparison.Ordinal) || words.Count == 0 || words[0] != "ops")
                {
                    problems.Add($"{path}: example does not begin with '{path}': {example}");
                    continue;
                }
                var parse = root.Parse(words.Skip(1).ToList(), new ParserConfiguration { ResponseFileTokenReplacer = null });
                var errors = parse.Errors.Select(e => e.Message).Concat(parse.UnmatchedTokens.Select(t => $"unmatched '{t}'")).ToList();
                if (errors.Count > 0) problems.Add($"{path}: example does not parse ({string.Join("; ", errors)}): {example}");
                else if (parse.CommandResult.Command != command)
                    problems.Add($"{path}: example runs '{parse.CommandResult.Command.Name}', not this command: {example}");
            }
        }
        return problems;
    }

    private static IEnumerable<(Command Command, string Path)> Runnable(Command command, string parent)
    {
        var path = parent.Length == 0 ? "ops" : parent + " " + command.Name;
        if (command is not RootCommand && command.Action is not null and not HelpAction) yield return (command, path);
        foreach (var sub in command.Subcommands.Where(s => !s.Hidden))
            foreach (var found in Runnable(sub, path)) yield return found;
    }

    /// <summary>The words a POSIX shell would pass for the command part of <paramref name="line"/>.</summary>
    internal static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\'' or '"')
            {
                var end = line.IndexOf(c, i + 1);
                if (end < 0) end = line.Length;
                word.Append(line, i + 1, end - i - 1);
                inWord = true;
                i = end;
            }
            else if (c == '\\' && i + 1 < line.Length) { word.Append(line[++i]); inWord = true; }
            else if (char.IsWhiteSpace(c) || (!inWord && c is '#') || c is '|' or '>' or '<')
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
                if (c is not ' ' and not '\t') return words;
            }
            else { word.Append(c); inWord = true; }
        }
        if (inWord) words.Add(word.ToString());
        return words;
    }
}
