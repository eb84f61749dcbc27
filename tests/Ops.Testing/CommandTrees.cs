using System.CommandLine;
using Ops.Host.App;

namespace Ops.Testing;

/// <summary>The command tree the host builds for a store, in full: host commands and every enabled plugin's, each
/// plugin loaded (as for a completion script), not stubbed from its manifest.</summary>
public static class CommandTrees
{
    /// <summary>The whole tree for a run as <paramref name="osLogin"/>, and the top-level commands plugins declare.</summary>
    public static (RootCommand Root, IReadOnlyList<string> PluginCommands) WholeCommandTree(this OpsTestStore store, string osLogin = "admin")
    {
        using var session = new OpsSession(store.HostEnvironmentFor(TextWriter.Null, TextWriter.Null, osLogin), GlobalArgs.Scan([Host.Commands.CompletionCommand.Name]));
        var root = CommandTree.Build(session);
        return (root, session.Catalog.Usable.SelectMany(e => e.Manifest.Commands.Select(c => c.Name)).ToList());
    }
}
