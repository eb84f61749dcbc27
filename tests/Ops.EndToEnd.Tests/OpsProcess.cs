using System.Diagnostics;
using System.Text.Json;
using Ops.Testing;

namespace Ops.EndToEnd.Tests;

/// <summary>Runs the built <c>ops</c> executable (host output folder) on a temporary store.</summary>
internal sealed class OpsProcess : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "ops-e2e-" + Guid.NewGuid().ToString("N")[..10]);
    public string DbPath => _postgres?.Setting ?? Path.Combine(Directory, "store", "ops.db");
    public string InstalledPlugins => Path.Combine(Directory, "store", "plugins");
    public Dictionary<string, string> Environment { get; } = new();

    private readonly (string Schema, string Setting)? _postgres;

    /// <summary>A temporary store on <paramref name="engine"/> (PostgreSQL: a schema of its own on <see cref="TestPostgres"/>).</summary>
    public OpsProcess(TestEngine engine = TestEngine.Sqlite)
    {
        System.IO.Directory.CreateDirectory(Directory);
        if (engine == TestEngine.Postgres) _postgres = TestPostgres.NewSchema();
    }

    public static string Executable => Path.Combine(OpsTestStore.HostOutDir, OperatingSystem.IsWindows() ? "ops.exe" : "ops");

    public (int Code, string Out, string Err) Run(params string[] args) => RunIn(Directory, args);

    public (int Code, string Out, string Err) RunIn(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["OPS_DB"] = DbPath;
        psi.Environment.Remove("SUDO_USER");
        foreach (var (k, v) in Environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(600_000)) { p.Kill(true); throw new TimeoutException($"ops {string.Join(' ', args)} did not finish"); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    public string Ok(params string[] args)
    {
        var (code, output, error) = Run(args);
        if (code != 0) throw new InvalidOperationException($"ops {string.Join(' ', args)} exited {code}\n{output}\n{error}");
        return output;
    }

    public static JsonElement Json(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    public void Dispose()
    {
        if (_postgres is { } pg) TestPostgres.DropSchema(pg.Schema);
        try { System.IO.Directory.Delete(Directory, true); } catch (IOException) { }
    }
}
