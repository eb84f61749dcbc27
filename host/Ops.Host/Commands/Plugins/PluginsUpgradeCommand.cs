using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Install;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Plugins;

internal static class PluginsUpgradeCommand
{
    public static Command Create(OpsSession s)
    {
        var id = new Argument<string>("id") { Description = "The installed plugin's id" };
        var from = Args.Text("--from", "The new package (.nupkg) or built plugin folder", "PATH");
        from.Required = true;
        var command = new Command("upgrade", "Replace an installed plugin with a same or newer version (also the way to reinstall a tampered one)") { id, from };
        command.WithExamples("ops plugins upgrade acme-reports --from Acme.Reports.1.1.0.nupkg");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.PluginsManage);
            var entry = new PluginInstaller(s).Upgrade(parse.GetValue(id)!, parse.GetValue(from)!);
            s.Output.Message($"{entry.Id} is now {entry.Manifest.Version}; its pending migrations run with its next command (or: ops db migrate).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
