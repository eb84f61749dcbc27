using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Ops.Testing;

/// <summary>Headless Chromium as the judge of an HTML page Ops writes: a screenshot, the console's errors and the DOM
/// the browser built (text decoded, as a reader sees it).</summary>
public sealed class Chromium
{
    private readonly string _program;
    private readonly string _profile;

    private Chromium(string program, string workDir) => (_program, _profile) = (program, Path.Combine(workDir, "chromium-profile"));

    /// <summary>What a test skips with when the browser is missing (under CI it fails instead: .ci/setup installs it).</summary>
    public static string Missing => ToolSkip.Reason("chromium is not installed: apt-get install chromium");

    /// <summary>The installed browser, or null (then <c>Assert.Skip(Chromium.Missing)</c>).</summary>
    public static Chromium? Find(string workDir) =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists) is { } program ? new Chromium(program, workDir) : null;

    /// <summary>Screenshots <paramref name="page"/> into <paramref name="png"/>; returns the browser's exit code and log.</summary>
    public (int Code, string Log) Screenshot(string page, string png, string size = "1200,1800") =>
        Run($"--screenshot={png}", $"--window-size={size}", "file://" + page);

    /// <summary>The DOM as the browser built it.</summary>
    public string Dom(string page) => Run("--dump-dom", "file://" + page).Output;

    /// <summary>The log's lines that report an uncaught exception or a console error.</summary>
    public static IReadOnlyList<string> ConsoleErrors(string log) =>
        log.Split('\n').Where(l => l.Contains("Uncaught", StringComparison.Ordinal) || Regex.IsMatch(l, @"CONSOLE\(\d+\).*(error|Error)")).ToList();

    private (int Code, string Output) Run(params string[] args)
    {
        var psi = new ProcessStartInfo(_program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--enable-logging=stderr", "--v=0", $"--user-data-dir={_profile}" }.Concat(args))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); return (-1, "chromium did not finish in 120 s"); }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
