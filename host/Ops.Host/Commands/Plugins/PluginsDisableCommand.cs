using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Plugins;

internal static class PluginsDisableCommand
{
    public static Command Create(OpsSession s)
    {
        var id = new Argument<string>("id") { Description = "The plugin id" };
        var command = new Command("disable", "Disable a plugin for this firm: its commands disappear and it is never loaded; its data stays") { id };
        command.WithExamples("ops plugins disable calls");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.PluginsManage);
            var target = parse.GetValue(id)!;
            if (s.Catalog.Find(target) is null)
                throw new NotFoundException($"no plugin '{target}' is installed", "see: ops plugins list");
            var dependents = s.Catalog.Usable
                .Where(e => e.Manifest.Dependencies.Any(d => d.Id == target && !d.Optional)).Select(e => e.Id).ToList();
            if (dependents.Count > 0)
                throw new ConflictException($"{string.Join(", ", dependents)} need(s) '{target}'",
                    $"disable {string.Join(" and ", dependents)} first");
            s.PluginStates.Change(() =>
            {
                s.PluginStates.Disable(target);
                s.Audit.Record("plugins.disable", ["plugin:" + target]);
            });
            s.Output.Message($"Disabled {target}. Its data stays in the store; enable it again with: ops plugins enable {target}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
