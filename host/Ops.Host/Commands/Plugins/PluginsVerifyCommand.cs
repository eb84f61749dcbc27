using System.CommandLine;
using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Plugins;

internal static class PluginsVerifyCommand
{
    public static Command Create(OpsSession s)
    {
        var command = new Command("verify", "Check every plugin's files against their pins (bundled: recorded by the host build; installed: at install); exits 1 if any differ");
        command.WithExamples("ops plugins verify");
        command.SetAction(_ =>
        {
            var bad = PluginFailures.Of(s, PluginState.Tampered, PluginState.Malformed);
            foreach (var line in bad) s.Output.Message(line);
            s.Output.Out.WriteLine(bad.Count == 0
                ? $"all {s.Catalog.Entries.Count} plugin(s) verified"
                : $"{bad.Count} plugin(s) failed verification");
            return bad.Count == 0 ? 0 : ExitCodes.Findings;
        });
        return command;
    }
}
