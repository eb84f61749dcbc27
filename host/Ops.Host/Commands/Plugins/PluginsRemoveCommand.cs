using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Install;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Plugins;

internal static class PluginsRemoveCommand
{
    public static Command Create(OpsSession s)
    {
        var id = new Argument<string>("id") { Description = "The installed plugin's id" };
        var command = new Command("remove", "Remove an installed plugin's files (its tables stay in the store)") { id };
        command.WithExamples("ops plugins remove acme-reports");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.PluginsManage);
            new PluginInstaller(s).Remove(parse.GetValue(id)!);
            s.Output.Message($"Removed {parse.GetValue(id)}. Its data stays in the store.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
