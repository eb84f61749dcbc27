using System.CommandLine;
using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Plugins;

internal static class PluginsListCommand
{
    public static Command Create(OpsSession s)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List installed plugins with their state (read from manifests; no plugin is loaded)") { format };
        command.WithExamples("ops plugins list");
        command.SetAction(parse =>
        {
            s.Output.Rows(s.Catalog.Entries,
            [
                Column.Of<PluginEntry>("id", e => e.Id),
                Column.Of<PluginEntry>("version", e => e.Manifest.Version),
                Column.Of<PluginEntry>("status", e => e.State.Text()),
                Column.Of<PluginEntry>("commands", e => e.Manifest.Commands.Select(c => c.Name).ToList()),
                Column.Of<PluginEntry>("description", e => e.Manifest.Description),
                Column.Of<PluginEntry>("reason", e => e.Reason),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
