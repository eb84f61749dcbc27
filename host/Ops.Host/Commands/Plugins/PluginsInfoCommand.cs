using System.CommandLine;
using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Host.Store;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Plugins;

internal static class PluginsInfoCommand
{
    public static Command Create(OpsSession s)
    {
        var id = new Argument<string>("id") { Description = "The plugin id" };
        var format = FormatOption.Create();
        var command = new Command("info", "Show a plugin's manifest, state, schema version and folder") { id, format };
        command.WithExamples("ops plugins info calls");
        command.SetAction(parse =>
        {
            var entry = s.Catalog.Find(parse.GetValue(id)!)
                        ?? throw new NotFoundException($"no plugin '{parse.GetValue(id)}' is installed", "see: ops plugins list");
            var m = entry.Manifest;
            var schema = s.StoreExists ? new Migrator(s.Store, s.Env.Clock).Current(entry.Id).Version : 0;
            s.Output.Record(
            [
                new("id", entry.Id), new("version", m.Version), new("status", entry.State.Text()), new("reason", entry.Reason),
                new("description", m.Description), new("sdk", m.Sdk), new("entry_assembly", m.EntryAssembly),
                new("directory", entry.Directory),
                new("commands", m.Commands.Select(c => $"{c.Name}: {c.Help}").ToList()),
                new("permissions", m.Permissions.Select(p => p.Id).ToList()),
                new("dependencies", m.Dependencies.Select(d => $"{d.Id} {d.Version}{(d.Optional ? " (optional)" : "")}").ToList()),
                new("views", m.Views.Select(v => v.Name).ToList()),
                new("schema_version", schema),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
