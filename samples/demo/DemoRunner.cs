using System.Globalization;
using System.Text;
using Ops.Host.App;
using Ops.Sdk.Errors;

namespace Ops.Samples.Demo;

/// <summary>Runs a demo script on a fresh store in the output folder: every line is a real <c>ops</c> command run
/// in-process with its own environment (OS login, pinned clock, <c>OPS_DB</c>), so the store, its audit chain and
/// the files written are exactly what those commands produce. Progress goes to stderr, every command's output to
/// <c>demo.log</c>, and the last command's stdout to stdout; the last command's exit code is the demo's.
/// The store is a sandbox (<c>ops init --sandbox</c>), so the lines' OS logins and clocks exist in it alone.</summary>
internal sealed class DemoRunner(HostEnvironment env, string outDir, string firmDir, IReadOnlySet<string> commands)
{
    public string DbPath => Path.Combine(outDir, "store", "ops.db");   // its own folder: Ops writes nothing beside a store
    public string LogPath => Path.Combine(outDir, "demo.log");

    /// <summary>The demo writes only into a folder of its own: a new one, or an empty one. It never replaces or
    /// deletes anything, a store least of all.</summary>
    private static void Prepare(string outDir)
    {
        if (File.Exists(outDir) || (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any()))
            throw new ConflictException($"the output folder {outDir} is not empty",
                "choose a new folder with --out DIR; the demo never replaces or deletes files");
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(outDir);
        else Directory.CreateDirectory(outDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public int Run()
    {
        var script = Path.Combine(firmDir, "demo.ops");
        if (!File.Exists(script))
            throw new UnavailableException($"the demo script {script} is missing", "point to the sample firm with --firm DIR (samples/firm in the repository)");
        var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["OUT"] = outDir, ["FIRM"] = firmDir };
        var items = DemoScript.Parse(script, variables);
        var steps = items.OfType<DemoStep>().ToList();
        if (steps.Count == 0) throw new InvalidInputException($"{script} has no command lines", "add ops command lines to it");
        var missing = steps.Select(st => st.Args[0]).Where(c => !commands.Contains(c)).Distinct().ToList();
        if (missing.Count > 0)
            throw new UnavailableException(
                $"the demo needs the command(s) {string.Join(", ", missing)}, which no installed plugin provides next to {env.AppDirectory}",
                "build the plugins first (dotnet run builds only the host): dotnet build Ops.sln");
        if (steps[0].Args is not ["init", ..] || !steps[0].Args.Contains("--sandbox"))
            throw new InvalidInputException($"{script}:{steps[0].Line}: the demo's first command must be 'ops init --sandbox …'",
                "the demo runs on a sandbox store of its own, where its lines may act as anyone at any time");
        Prepare(outDir);
        var last = steps[^1];
        var done = 0;
        // The log is read as it grows (a failed step points to it), so it is created new and private, then appended to.
        new Ops.Sdk.Output.OutputFiles([]).WriteVia(LogPath, _ => { });
        using var log = new StreamWriter(LogPath, append: false, new UTF8Encoding(false));
        log.WriteLine($"# ops-demo: {script} -> {outDir}");
        foreach (var item in items)
        {
            if (item is DemoSay say) { env.Error.WriteLine($"demo: {say.Text}"); continue; }
            var step = (DemoStep)item;
            done++;
            var (code, stdout, stderr) = RunStep(step);
            log.WriteLine();
            log.WriteLine($"# {step.At.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)} as {step.OsLogin} (line {step.Line})");
            log.WriteLine("$ " + step.Text);
            if (stdout.Length > 0 && step.StdoutTo is null) log.Write(stdout.EndsWith('\n') ? stdout : stdout + "\n");
            if (step.StdoutTo is not null) log.WriteLine($"(stdout written to {step.StdoutTo}: {stdout.Length} characters)");
            if (stderr.Length > 0) log.Write(stderr.EndsWith('\n') ? stderr : stderr + "\n");
            log.WriteLine($"[exit {code}]");
            if (!step.Expect.Contains(code))
            {
                log.Flush();
                env.Error.Write(stderr);
                throw new DemoStepFailed(code,
                    $"demo step {done}/{steps.Count} (line {step.Line}: {step.Text}) exited {code}, expected {string.Join(" or ", step.Expect)}",
                    $"see {LogPath} for every command's output");
            }
            if (step.StdoutTo is not null) WriteFile(step.StdoutTo, stdout);
            if (ReferenceEquals(step, last))
            {
                log.Flush();
                env.Error.WriteLine($"demo: {steps.Count} commands run; store {DbPath}, log {LogPath}.");
                env.Out.Write(stdout);
                return code;
            }
        }
        return ExitCodes.Ok;
    }

    private (int Code, string Out, string Err) RunStep(DemoStep step)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var variables = new Dictionary<string, string>(env.Variables, StringComparer.Ordinal) { ["OPS_DB"] = DbPath };
        variables.Remove("OPS_NOW");
        variables.Remove("SUDO_USER");
        variables.Remove("OPS_OS_LOGIN");   // each line is the OS login its @as names
        var stepEnv = new HostEnvironment(output, error, variables, step.OsLogin, env.AppDirectory,
            HostEnvironment.ClockFrom(step.At.ToString("O", CultureInfo.InvariantCulture)))
        {
            ExtraPluginRoots = env.ExtraPluginRoots,
            IncludeBundledPlugins = env.IncludeBundledPlugins,
        };
        var code = OpsApp.Run(step.Args, stepEnv);
        return (code, output.ToString(), error.ToString());
    }

    private static void WriteFile(string path, string content)
    {
        new Ops.Sdk.Output.OutputFiles([]).WriteText(path, content);   // the demo's own sandbox folder: new, 0600, atomic
    }
}

/// <summary>A script line ended with an exit code it did not expect; the demo ends with that code (or, when the
/// line unexpectedly succeeded, with the internal-error code, so that a script never passes by accident).</summary>
internal sealed class DemoStepFailed(int code, string message, string hint)
    : OpsException(code != ExitCodes.Ok ? code : ExitCodes.Internal, message, hint);
