using System.Diagnostics;
using Ops.Testing;

namespace Ops.EndToEnd.Tests;

/// <summary>Follows docs/plugins.md literally: template, build, test, pack, install, run, tamper, remove.</summary>
[Collection(nameof(RepositoryBuilds))]
public sealed class PluginGuideTests
{
    [Fact]
    public void A_plugin_made_from_the_template_builds_installs_runs_and_is_refused_when_tampered()
    {
        using var ops = new OpsProcess();
        var feed = Path.Combine(ops.Directory, "ops-feed");
        var cliHome = Path.Combine(ops.Directory, "cli-home");
        var repo = OpsTestStore.RepoRoot;
        // A previous run may have left an Ops.Sdk of the same version but other content in the package cache.
        var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", "ops.sdk");
        if (Directory.Exists(cached)) Directory.Delete(cached, true);

        // Packed with the machine's own NuGet home: the repository's obj/ folders are shared with every other build.
        Dotnet(repo, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "pack", "host/Ops.Sdk", "-c", "Release", "-o", feed);
        Dotnet(ops.Directory, cliHome, "new", "install", Path.Combine(repo, "templates", "ops-plugin"));
        Dotnet(ops.Directory, cliHome, "new", "ops-plugin", "-n", "Acme.Reports");
        var plugin = Path.Combine(ops.Directory, "Acme.Reports");
        Dotnet(plugin, cliHome, "new", "nugetconfig");
        Dotnet(plugin, cliHome, "nuget", "add", "source", feed, "--name", "ops", "--configfile", "nuget.config");
        Dotnet(plugin, cliHome, "build");
        Assert.Contains("Passed!", Dotnet(plugin, cliHome, "test"));
        Dotnet(plugin, cliHome, "pack", "src/Acme.Reports", "-o", "out");
        var package = Path.Combine(plugin, "out", "Acme.Reports.1.0.0.nupkg");
        Assert.True(File.Exists(package), "dotnet pack made no Acme.Reports.1.0.0.nupkg");

        ops.Ok("init");
        ops.Ok("plugins", "install", package);
        Assert.Contains("acme-reports", ops.Ok("--help"));
        ops.Ok("acme-reports", "add", "Позвонить клиенту");
        var notes = OpsProcess.Json(ops.Ok("acme-reports", "list", "--format", "json"));
        Assert.Equal("Позвонить клиенту", notes[0].GetProperty("text").GetString());

        File.AppendAllText(Path.Combine(ops.InstalledPlugins, "acme-reports", "plugin.json"), "\n");
        var tampered = ops.Run("acme-reports", "list");
        Assert.Equal(7, tampered.Code);
        Assert.Contains("tampered", tampered.Err);

        ops.Ok("plugins", "upgrade", "acme-reports", "--from", package);
        ops.Ok("acme-reports", "list");
        ops.Ok("plugins", "remove", "acme-reports");
        Assert.False(Directory.Exists(Path.Combine(ops.InstalledPlugins, "acme-reports")));
        Assert.DoesNotContain("acme-reports", ops.Ok("--help"));
    }

    private static string Dotnet(string workingDirectory, string cliHome, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_HOME"] = cliHome;
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment.Remove("MSBuildExtensionsPath");
        psi.Environment.Remove("MSBuildSDKsPath");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(900_000)) { p.Kill(true); throw new TimeoutException($"dotnet {string.Join(' ', args)} timed out"); }
        var output = stdout.Result + stderr.Result;
        if (p.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', args)} exited {p.ExitCode}:\n{output}");
        return output;
    }
}
