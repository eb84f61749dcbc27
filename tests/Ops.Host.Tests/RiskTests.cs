using System.Diagnostics;
using Ops.Testing;

namespace Ops.Host.Tests;

public sealed class RiskTests : IDisposable
{
    private readonly FixturePlugins _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    private OpsTestStore Store()
    {
        _fixtures.Good();
        return OpsTestStore.Create(bundledPlugins: false, _fixtures.Root);
    }

    [Fact]
    public void A_clean_firm_scores_100_and_exits_0()
    {
        using var store = Store();
        var result = store.Run("risk", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var report = result.Json();
        Assert.Equal(100, report.GetProperty("score").GetInt32());
        Assert.Contains("good.greetings", report.GetProperty("checks_run").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Plugin_findings_are_scored_and_a_broken_audit_chain_comes_first_with_exit_1()
    {
        using var store = Store();
        store.Run("hello").ShouldSucceed();
        store.Sql("UPDATE ops_audit SET details = 'rewritten' WHERE id = 1");

        var result = store.Run("risk", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var findings = result.Json().GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal("ops.audit-chain", findings[0].GetProperty("check").GetString());
        Assert.Equal("high", findings[0].GetProperty("severity").GetString());
        Assert.Equal("good.greetings", findings[1].GetProperty("check").GetString());
        Assert.Equal(100 - 15 - 5, result.Json().GetProperty("score").GetInt32());
    }

    [Fact]
    public void The_next_report_shows_the_trend_since_the_previous_one()
    {
        using var store = Store();
        store.Run("risk").ShouldSucceed();
        store.Run("hello").ShouldSucceed();
        var report = store.Run("risk", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(100, report.GetProperty("previous_score").GetInt32());
        Assert.Equal(95, report.GetProperty("score").GetInt32());
    }

    [Fact]
    public void Only_people_granted_risk_view_may_run_the_report()
    {
        using var store = Store();
        store.AddStaff("anna", "accountant");
        Assert.Equal(4, store.RunAs("anna", "risk").ExitCode);
    }

    [Fact]
    public void The_html_page_is_self_contained_and_escapes_what_it_shows()
    {
        using var store = Store();
        store.Run("hello").ShouldSucceed();
        var file = Path.Combine(store.Directory, "risk.html");
        store.Run("risk", "--format", "html", "--out", file).ShouldSucceed();
        var html = File.ReadAllText(file);
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
        Assert.Contains("Greetings &lt;happened&gt; &amp; were &quot;logged&quot;", html);
    }

    [Fact]
    public void The_html_page_renders_in_headless_chromium_without_console_errors()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        if (chromium is null) Assert.Skip(ToolSkip.Reason("chromium is not installed: apt-get install chromium"));
        using var store = Store();
        store.Run("hello").ShouldSucceed();
        var file = Path.Combine(store.Directory, "risk.html");
        store.Run("risk", "--format", "html", "--out", file).ShouldSucceed();
        var png = Path.Combine(store.Directory, "risk.png");

        var (code, output) = Chromium(chromium, store.Directory, $"--screenshot={png}", "--window-size=1200,1600", "file://" + file);
        Assert.True(code == 0, output);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is (nearly) empty");
        Assert.DoesNotContain("Uncaught", output);
        Assert.DoesNotMatch(@"CONSOLE\(\d+\).*(error|Error)", output);

        var (_, dom) = Chromium(chromium, store.Directory, "--dump-dom", "file://" + file);
        Assert.Contains("What to fix first", dom);
    }

    private static (int Code, string Output) Chromium(string chromium, string dir, params string[] args)
    {
        var psi = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--enable-logging=stderr", "--v=0", $"--user-data-dir={Path.Combine(dir, "chromium-profile")}" }.Concat(args))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); return (-1, "chromium did not finish in 120 s"); }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
