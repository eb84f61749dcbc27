using System.Globalization;
using System.Text;
using Ops.Host.App;
using Ops.Sdk.Errors;

namespace Ops.Host.Demo;

/// <summary>Runs a demo script on a fresh store in the output folder: every line is a real <c>ops</c> command run
/// in-process with its own environment (OS login, pinned clock, <c>OPS_DB</c>), so the store, its audit chain and
/// the files written are exactly what those commands produce. Progress goes to stderr, every command's output to
/// <c>demo.log</c>, and the last command's stdout to stdout; the last command's exit code is the demo's.</summary>
internal sealed class DemoRunner(HostEnvironment env, string outDir, string firmDir, IReadOnlySet<string> commands)
{
    /// <summary>Marks a folder as written by <c>ops demo</c>, so that <c>--force</c> may clear it.</summary>
    public const string Marker = ".ops-demo";

    public string DbPath => Path.Combine(outDir, "ops.db");
    public string LogPath => Path.Combine(outDir, "demo.log");

    private static void Prepare(string outDir, bool force)
    {
        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            if (!force)
                throw new ConflictException($"the output folder {outDir} is not empty",
                    "choose another with --out DIR, or add --force to replace a previous demo there");
            if (File.Exists(Path.Combine(outDir, Marker)))
            {
                foreach (var dir in Directory.EnumerateDirectories(outDir)) Directory.Delete(dir, recursive: true);
                foreach (var file in Directory.EnumerateFiles(outDir)) File.Delete(file);
            }
            else
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Path.Combine(outDir, "ops.db" + suffix));
            }
        }
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, Marker), "Written by ops demo; ops demo --force may clear this folder.\n");
    }

    public int Run(bool force)
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
        Prepare(outDir, force);
        var last = steps[^1];
        var done = 0;
        using var log = new StreamWriter(LogPath, append: false, new UTF8Encoding(false));
        log.WriteLine($"# ops demo: {script} -> {outDir}");
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
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }
}

/// <summary>A script line ended with an exit code it did not expect; the demo ends with that code (or, when the
/// line unexpectedly succeeded, with the internal-error code, so that a script never passes by accident).</summary>
internal sealed class DemoStepFailed(int code, string message, string hint)
    : OpsException(code != ExitCodes.Ok ? code : ExitCodes.Internal, message, hint);
