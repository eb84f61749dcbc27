using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Ops.Host.App;

/// <summary>Help for every command, host or plugin, in one style (<see cref="HelpPage"/>). A command that only groups
/// others shows its help.</summary>
internal static class OpsHelp
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

    /// <summary>Writes the help page of the command the parse result names.</summary>
    public static int Show(ParseResult parse, HostEnvironment env)
    {
        env.Out.Write(HelpPage.Of(parse.CommandResult.Command, env.OutputWidth));
        return Sdk.Errors.ExitCodes.Ok;
    }
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
