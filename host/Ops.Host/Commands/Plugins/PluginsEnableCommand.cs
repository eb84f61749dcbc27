using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Plugins;

internal static class PluginsEnableCommand
{
    public static Command Create(OpsSession s)
    {
        var id = new Argument<string>("id") { Description = "The plugin id" };
        var command = new Command("enable", "Enable a plugin for this firm (its default grants are added the first time)") { id };
        command.WithExamples("ops plugins enable calls");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.PluginsManage);
            var entry = s.Catalog.Find(parse.GetValue(id)!)
                        ?? throw new NotFoundException($"no plugin '{parse.GetValue(id)}' is installed", "see: ops plugins list");
            if (entry.State is not (PluginState.Disabled or PluginState.Enabled))
                throw new UnavailableException($"plugin '{entry.Id}' cannot be enabled: it is {entry.State.Text()}: {entry.Reason}");
            foreach (var dep in entry.Manifest.Dependencies.Where(d => !d.Optional))
                if (s.Catalog.Find(dep.Id) is not { IsUsable: true })
                    throw new ConflictException($"plugin '{entry.Id}' needs '{dep.Id}', which is not enabled", $"enable it first: ops plugins enable {dep.Id}");
            s.PluginStates.Change(() =>
            {
                s.PluginStates.Enable(entry);
                s.Audit.Record("plugins.enable", ["plugin:" + entry.Id]);
            });
            s.Output.Message($"Enabled {entry.Id} {entry.Manifest.Version}: {string.Join(", ", entry.Manifest.Commands.Select(c => "ops " + c.Name))}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
