using System.CommandLine;
using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Host.Demo;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands;

/// <summary><c>ops demo</c>: builds the sample firm in a fresh store inside an output folder by running the real
/// commands of <c>samples/firm/demo.ops</c>, writes what the firm would deploy and prints the risk report.</summary>
internal static class DemoCommand
{
    public const string Description =
        "Run the sample firm end to end in a fresh store: mail rules, trade-secret documents, pay statements and the risk report";

    public static Command Create(OpsSession s)
    {
        var output = Args.Text("--out", "A new or empty folder to write the demo's store and every generated file to (default: ./ops-demo)", "DIR");
        var firm = Args.Text("--firm", "The sample firm folder with demo.ops (default: samples/firm shipped beside ops)", "DIR");
        var command = new Command("demo", Description) { output, firm };
        command.SetAction(parse =>
        {
            if (s.Env.Get("SUDO_USER") is not null || s.Caller.Uid != s.Env.OsUid)
                throw new AccessDeniedException("ops demo never runs under sudo: it is a sandbox for your own account",
                    "run it as yourself, without sudo");
            var outDir = Path.GetFullPath(parse.GetValue(output) ?? "ops-demo");
            var firmDir = Path.GetFullPath(parse.GetValue(firm) ?? Path.Combine(s.Env.AppDirectory, "samples", "firm"));
            s.Output.Message($"demo: the sample firm from {firmDir}, written to {outDir}");
            // The demo's fresh store enables every sound plugin, whatever the caller's own store has disabled.
            var commands = HostCommands.Names.Concat(s.Catalog.Entries
                .Where(e => e.State is PluginState.Enabled or PluginState.Disabled)
                .SelectMany(e => e.Manifest.Commands.Select(c => c.Name))).ToHashSet(StringComparer.Ordinal);
            return new DemoRunner(s.Env, outDir, firmDir, commands).Run();
        });
        return command;
    }
}
