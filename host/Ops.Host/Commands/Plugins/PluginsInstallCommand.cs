using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Install;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Plugins;

internal static class PluginsInstallCommand
{
    public static Command Create(OpsSession s)
    {
        var path = new Argument<string>("path") { Description = "A plugin package (.nupkg made by dotnet pack) or a built plugin folder" };
        var command = new Command("install", "Install a plugin for this store, pin its files by SHA-256 and enable it") { path };
        command.WithExamples("ops plugins install Acme.Reports.1.0.0.nupkg");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.PluginsManage);
            var entry = new PluginInstaller(s).Install(parse.GetValue(path)!);
            s.Output.Message($"Installed {entry.Id} {entry.Manifest.Version} into {entry.Directory}; it is enabled.");
            s.Output.Message($"Commands: {string.Join(", ", entry.Manifest.Commands.Select(c => "ops " + c.Name))}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
