using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using System.CommandLine.Invocation;
using Ops.Sdk.Cli;

namespace Ops.Host.App;

/// <summary>One style of help for every command, host or plugin: System.CommandLine's page (HelpBuilder is not public
/// in 3.0, so its text is adjusted), enum defaults in lower case as they are typed, hidden aliases left out, then the
/// command's examples (<see cref="SymbolNotes.WithExamples"/>). A command that only groups others shows its help.</summary>
internal static partial class OpsHelp
{
    public static void Apply(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single().Action;
        foreach (var group in Walk(root).Where(c => c.Subcommands.Count > 0 && c.Action is null))
            group.Action = help;
    }

    /// <summary>Every command below and including <paramref name="command"/>.</summary>
    public static IEnumerable<Command> Walk(Command command) =>
        new[] { command }.Concat(command.Subcommands.SelectMany(Walk));

    /// <summary>Help was asked for with <c>--help</c> (whatever else is wrong on the line).</summary>
    public static bool Asked(ParseResult parse) =>
        parse.Action is HelpAction && parse.GetResult(parse.RootCommandResult.Command.Options.OfType<HelpOption>().Single()) is not null;

    /// <summary>Writes the help page the parse result asks for.</summary>
    public static int Show(ParseResult parse, TextWriter output)
    {
        var page = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = page, Error = page, EnableDefaultExceptionHandler = false });
        output.Write(Page(parse.CommandResult.Command, page.ToString()));
        return Sdk.Errors.ExitCodes.Ok;
    }

    public static string Page(Command command, string text)
    {
        var options = OptionsOf(command).ToList();
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => WithoutHiddenAliases(l, options)).ToList();
        var page = string.Join('\n', lines);
        page = DefaultValue().Replace(page, m => options.Any(o => o.ValueType.IsEnum && Enum.GetNames(o.ValueType).Contains(m.Groups[1].Value))
            ? $"[default: {m.Groups[1].Value.ToLowerInvariant()}]" : m.Value);
        var examples = command.Examples();
        if (examples.Count == 0) return page;
        return page.TrimEnd('\n') + "\n\nExamples:\n" + string.Concat(Aligned(examples).Select(e => $"  {e}\n")) + "\n";
    }

    /// <summary>The examples with their "# …" comments in one column (a longer command line's comment follows it).</summary>
    private static IEnumerable<string> Aligned(IReadOnlyList<string> examples)
    {
        var split = examples.Select(e => e.IndexOf("  # ", StringComparison.Ordinal) is var i and >= 0
            ? (Line: e[..i].TrimEnd(), Comment: e[i..].TrimStart()) : (Line: e, Comment: "")).ToList();
        var width = split.Where(e => e.Comment.Length > 0).Select(e => Sdk.Output.DisplayWidth.Of(e.Line))
            .Where(w => w <= MaxAlignedWidth).DefaultIfEmpty(0).Max();
        return split.Select(e => e.Comment.Length == 0 ? e.Line : Sdk.Output.DisplayWidth.Pad(e.Line, width) + "   " + e.Comment);
    }

    private const int MaxAlignedWidth = 60;

    private static string WithoutHiddenAliases(string line, List<Option> options)
    {
        var m = OptionRow().Match(line);
        if (!m.Success) return line;
        var names = m.Groups[2].Value.Split(", ");
        var option = options.FirstOrDefault(o => names.Contains(o.Name));
        if (option is null || !names.Any(option.IsHiddenAlias)) return line;
        var shown = string.Join(", ", names.Where(n => !option.IsHiddenAlias(n)));
        return m.Groups[1].Value + shown + m.Groups[3].Value + new string(' ', m.Groups[2].Length - shown.Length) + m.Groups[4].Value;
    }

    private static IEnumerable<Option> OptionsOf(Command command)
    {
        foreach (var o in command.Options) yield return o;
        foreach (var parent in command.Parents.OfType<Command>())
            foreach (var o in OptionsOf(parent).Where(o => o.Recursive)) yield return o;
    }

    [GeneratedRegex(@"^(\s+)((?:-{1,2}[\w-]+, )*-{1,2}[\w-]+)( <[^>]*>)?(.*)$")]
    private static partial Regex OptionRow();

    [GeneratedRegex(@"\[default: (\w+)\]")]
    private static partial Regex DefaultValue();
}

/// <summary><c>ops --version</c>: the host, the SDK and every plugin found, enabled or not.</summary>
internal sealed class VersionAction(OpsSession session) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine($"ops {HostVersion}");
        output.WriteLine($"sdk {OpsSession.SdkVersion}");
        foreach (var e in session.Catalog.Entries.OrderBy(e => e.Id, StringComparer.Ordinal))
            output.WriteLine($"plugin {e.Id} {e.Manifest.Version} ({Catalog.PluginStateText.Text(e.State)})");
        return Sdk.Errors.ExitCodes.Ok;
    }

    public static string HostVersion =>
        typeof(VersionAction).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "unknown";
}
