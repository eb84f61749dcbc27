using System.CommandLine;
using System.CommandLine.Completions;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands;

/// <summary>What a completion script offers: for each command path ("ops clients list") its subcommands and option
/// names, and for each option with fixed values ("ops clients list --format") those values.</summary>
internal sealed record CompletionTable(IReadOnlyList<KeyValuePair<string, string[]>> Entries)
{
    public static CompletionTable Of(Command root)
    {
        var entries = new List<KeyValuePair<string, string[]>>();
        Add(root, "ops", [], entries);
        return new CompletionTable(entries);
    }

    private static void Add(Command command, string path, IReadOnlyList<Option> inherited, List<KeyValuePair<string, string[]>> entries)
    {
        var options = command.Options.Concat(inherited).Where(o => !o.Hidden).DistinctBy(o => o.Name).ToList();
        entries.Add(new(path, [.. command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).Order(StringComparer.Ordinal),
            .. options.Select(o => o.Name)]));
        foreach (var option in options.Where(o => o.ValueType != typeof(bool)))
        {
            var values = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToArray();
            if (values.Length > 0) entries.Add(new($"{path} {option.Name}", values));
        }
        var passOn = inherited.Concat(command.Options.Where(o => o.Recursive)).ToList();
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden)) Add(sub, $"{path} {sub.Name}", passOn, entries);
    }
}
