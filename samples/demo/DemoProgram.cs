using System.CommandLine;
using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Host.Commands;
using Ops.Host.Config;
using Ops.Sdk.Errors;

namespace Ops.Samples.Demo;

/// <summary><c>ops-demo [--out DIR] [--firm DIR]</c>: builds the sample firm in a fresh sandbox store inside a new
/// folder by running the real commands of <c>samples/firm/demo.ops</c>, writes what the firm would deploy and
/// prints the risk report. Never on a configured server, never under sudo.</summary>
internal static class DemoProgram
{
    public static int Run(string[] args, HostEnvironment env, string sampleFirm)
    {
        var output = new Option<string>("--out")
        {
            Description = "A new or empty folder for the demo's store and every file it writes (default: ./ops-demo)",
            HelpName = "DIR",
        };
        var firm = new Option<string>("--firm") { Description = $"The sample firm folder with demo.ops (default: {sampleFirm})", HelpName = "DIR" };
        var root = new RootCommand("Run the sample firm end to end in a fresh sandbox store: mail rules, trade-secret documents, " +
                                   "pay statements and the risk report") { output, firm };
        root.SetAction(parse =>
        {
            try
            {
                Refuse(env);
                var outDir = Path.GetFullPath(parse.GetValue(output) ?? "ops-demo");
                var firmDir = Path.GetFullPath(parse.GetValue(firm) ?? sampleFirm);
                env.Error.WriteLine($"demo: the sample firm from {firmDir}, written to {outDir}");
                return new DemoRunner(env, outDir, firmDir, Commands(env)).Run();
            }
            catch (OpsException e)
            {
                env.Error.WriteLine($"ops-demo: error: {e.Message}");
                if (e.Hint is not null) env.Error.WriteLine($"  hint: {e.Hint}");
                return e.ExitCode;
            }
            finally
            {
                env.Out.Flush();
            }
        });
        return root.Parse(args).Invoke();
    }

    /// <summary>The demo is a sandbox for a developer's own account: a server, or sudo, means someone else's data is near.</summary>
    private static void Refuse(HostEnvironment env)
    {
        if (ConfigFile.Find(env.Get("OPS_CONFIG")) is { } config)
            throw new AccessDeniedException($"the demo never runs on a configured server ({config.Path})",
                "run it on a developer's machine, as yourself");
        if (env.Get("SUDO_USER") is not null)
            throw new AccessDeniedException("the demo never runs under sudo: it is a sandbox for your own account", "run it as yourself, without sudo");
    }

    /// <summary>Host commands and the commands of every sound plugin built beside the host (the demo's store enables them all).</summary>
    private static IReadOnlySet<string> Commands(HostEnvironment env) =>
        HostCommands.Names.Concat(PluginCatalog.Discover([Path.Combine(env.AppDirectory, "plugins")], OpsSession.SdkVersion, null).Entries
            .Where(e => e.State is PluginState.Enabled or PluginState.Disabled)
            .SelectMany(e => e.Manifest.Commands.Select(c => c.Name))).ToHashSet(StringComparer.Ordinal);
}
