using System.Diagnostics;
using Ops.Testing;

namespace Ops.Host.Tests.Cli;

/// <summary>The completion scripts are judged by the shells that run them: bash sources its script and completes,
/// PowerShell registers its completer and answers TabExpansion2.</summary>
public sealed class CompletionTests
{
    private static string Script(OpsTestStore store, string shell)
    {
        var path = Path.Combine(store.Directory, "ops-completion." + (shell == "pwsh" ? "ps1" : shell));
        File.WriteAllText(path, store.Run("completion", shell).ShouldSucceed().Out);
        return path;
    }

    private static (int ExitCode, string Out, string Err) Exec(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = OpsTestStore.RepoRoot };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }

    private static string[] BashCompletes(string script, params string[] words)
    {
        var line = string.Join(' ', words.Select(w => "'" + w + "'"));
        var r = Exec("bash", "-c", $"source '{script}' && complete -p ops && COMP_WORDS=({line}) && COMP_CWORD={words.Length - 1} && _ops && printf '%s\\n' \"${{COMPREPLY[@]}}\"");
        Assert.True(r.ExitCode == 0, r.Err);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("complete -F _ops ops", lines[0]);
        return lines[1..];
    }

    [Fact]
    public void Bash_sources_the_script_and_completes_commands_subcommands_and_values()
    {
        using var store = OpsTestStore.Create();
        var script = Script(store, "bash");
        Assert.Equal(["clients"], BashCompletes(script, "ops", "cli"));
        Assert.Contains("list", BashCompletes(script, "ops", "clients", ""));
        Assert.Equal(["csv"], BashCompletes(script, "ops", "clients", "list", "--format", "c"));
        Assert.Contains("--status", BashCompletes(script, "ops", "clients", "list", "--"));
    }

    [Fact]
    public void Zsh_gets_the_same_completion_through_bashcompinit()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var zsh = store.Run("completion", "zsh").ShouldSucceed().Out;
        Assert.StartsWith("#compdef ops\n", zsh, StringComparison.Ordinal);
        Assert.Contains("bashcompinit", zsh);
        Assert.EndsWith(store.Run("completion", "bash").Out, zsh, StringComparison.Ordinal);
    }

    [Fact]
    public void PowerShell_parses_the_script_and_completes_ops_cli()
    {
        using var store = OpsTestStore.Create();
        var script = Script(store, "pwsh");
        var r = Exec("dotnet", "tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-Command",
            $". '{script}'; (TabExpansion2 'ops cli' 7).CompletionMatches.CompletionText; '--'; (TabExpansion2 'ops clients list --format ' 26).CompletionMatches.CompletionText");
        if (r.ExitCode != 0 && r.Err.Contains("restore", StringComparison.OrdinalIgnoreCase))
            Assert.Skip(ToolSkip.Reason("the PowerShell dotnet tool is not restored: dotnet tool restore"));
        Assert.True(r.ExitCode == 0, r.Err);
        var parts = r.Out.Replace("\r", "").Split("--\n");
        Assert.Equal(["clients"], parts[0].Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["csv", "json", "table", "xlsx"], parts[1].Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_shell_is_a_usage_error()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var r = store.Run("completion", "fish");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("ops: error: ", r.Err, StringComparison.Ordinal);
    }
}
