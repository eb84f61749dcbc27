using System.CommandLine;
using Ops.Host.Catalog;
using Ops.Host.Commands;
using Ops.Sdk.Errors;

namespace Ops.Host.App;

/// <summary>Builds the command tree: host commands, and for each enabled plugin its top-level
/// commands. Only the plugin whose command is being run is loaded; the rest appear from their manifests.</summary>
internal static class CommandTree
{
    public static RootCommand Build(OpsSession session)
    {
        var root = new RootCommand("ops — keeps a firm's client base with the firm: clients and access, mail rules, trade-secret documents, incentive pay.");
        root.Options.Add(GlobalArgs.DbOption());
        root.Options.Add(GlobalArgs.AsOption());
        var requested = session.Args.Command;
        var everything = requested == CompletionCommand.Name;   // a completion script covers the whole tree
        foreach (var command in HostCommands.Create(session, everything)) root.Subcommands.Add(command);

        if (requested is null)
        {
            foreach (var declared in session.TopLevelPluginCommands()) root.Subcommands.Add(new Command(declared.Name, declared.Help));
        }
        else
        {
            foreach (var entry in session.Catalog.Usable)
                foreach (var declared in entry.Manifest.Commands)
                    root.Subcommands.Add(declared.Name == requested ? Load(session, entry, declared)
                        : everything ? LoadOrStub(session, entry, declared)
                        : new Command(declared.Name, declared.Help));
        }

        if (requested is not null && root.Subcommands.All(c => c.Name != requested)
            && session.Catalog.ForCommand(requested) is { } unusable)
        {
            throw new UnavailableException(
                $"'{requested}' is provided by plugin '{unusable.Id}', which is {unusable.State.Text()}: {unusable.Reason}",
                unusable.State == PluginState.Disabled ? $"enable it with: ops plugins enable {unusable.Id}" : "see: ops plugins info " + unusable.Id);
        }
        FileFormatOptions.AddTo(root);
        OpsHelp.Apply(root);
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(session);
        return root;
    }

    private static Command LoadOrStub(OpsSession session, PluginEntry entry, ManifestCommand declared)
    {
        try { return Load(session, entry, declared); }
        catch (UnavailableException) { return new Command(declared.Name, declared.Help); }
    }

    private static Command Load(OpsSession session, PluginEntry entry, ManifestCommand declared)
    {
        var plugin = session.Plugins.LoadRequested(entry);
        Command? command;
        try
        {
            command = plugin.Plugin.CreateCommands(plugin.Context).FirstOrDefault(c => c.Name == declared.Name);
        }
        catch (Exception e) when (e is not OpsException)
        {
            entry.State = PluginState.FailedToLoad;
            entry.Reason = $"{e.GetType().Name} while creating commands: {e.Message}";
            throw new UnavailableException($"plugin '{entry.Id}' failed to load: {entry.Reason}",
                $"reinstall it or disable it with: ops plugins disable {entry.Id}");
        }
        return command ?? throw new UnavailableException(
            $"plugin '{entry.Id}' declares command '{declared.Name}' in plugin.json but does not create it",
            "fix the plugin's manifest or code");
    }
}
