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
    public void Plugin_findings_are_scored_per_area_and_a_broken_audit_chain_comes_first_with_exit_1()
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
        // docs/risk.md: audit 100/(1+0.5) = 67, greetings 100/(1+0.15) = 87; the firm: √(67·87) = 76.
        var areas = result.Json().GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("area").GetString()!, a => a.GetProperty("score").GetInt32());
        Assert.Equal(67, areas["audit"]);
        Assert.Equal(87, areas["greetings"]);
        Assert.Equal(76, result.Json().GetProperty("score").GetInt32());
    }

    [Fact]
    public void A_report_without_save_writes_nothing_so_scripts_cannot_change_the_directors_history()
    {
        using var store = Store();
        var file = Path.Combine(store.Directory, "risk.html");
        store.Run("risk").ShouldSucceed();
        store.Run("risk", "--format", "json").ShouldSucceed();
        store.Run("risk", "--format", "csv").ShouldSucceed();
        store.Run("risk", "--format", "html", "--out", file).ShouldSucceed();
        Assert.Equal(0, store.Run("risk", "--format", "json").Json().GetProperty("trend").EnumerateArray().Count(t => t.GetProperty("saved").GetBoolean()));

        store.Run("risk", "--save", "--format", "json").ShouldSucceed();
        var trend = store.Run("risk", "--format", "json").Json().GetProperty("trend").EnumerateArray().ToList();
        Assert.Equal([true, false], trend.Select(t => t.GetProperty("saved").GetBoolean()));
    }

    [Fact]
    public void The_next_days_report_shows_the_change_since_the_last_saved_one()
    {
        using var store = Store();
        store.Run("risk", "--save").ShouldSucceed();
        store.Now = store.Now.AddDays(1);
        store.Run("hello").ShouldSucceed();
        store.Run("risk", "--save").ShouldSucceed();   // the same day twice: both compare with yesterday's
        var report = store.Run("risk", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(100, report.GetProperty("previous_score").GetInt32());
        Assert.Equal(93, report.GetProperty("score").GetInt32());   // √(100·87)
        Assert.StartsWith("2026-11-26", report.GetProperty("previous_at").GetString());
    }

    [Fact]
    public void Fix_commands_become_steps_with_words_and_the_command_beside_them()
    {
        using var store = Store();
        store.Run("hello").ShouldSucceed();
        var step = Assert.Single(store.Run("risk", "--format", "json").Json().GetProperty("findings")[0].GetProperty("steps").EnumerateArray());
        Assert.Equal("ops hello", step.GetProperty("command").GetString());
        Assert.False(string.IsNullOrWhiteSpace(step.GetProperty("text").GetString()));
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
        using var store = Store();
        var chromium = Chromium.Find(store.Directory);
        if (chromium is null) Assert.Skip(Chromium.Missing);
        store.Run("hello").ShouldSucceed();
        var file = Path.Combine(store.Directory, "risk.html");
        store.Run("risk", "--format", "html", "--out", file).ShouldSucceed();
        var png = Path.Combine(store.Directory, "risk.png");

        var (code, log) = chromium.Screenshot(file, png);
        Assert.True(code == 0, log);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is (nearly) empty");
        Assert.Empty(Chromium.ConsoleErrors(log));
        var dom = chromium.Dom(file);
        Assert.Contains("What to fix first", dom);
        Assert.Contains("<ul class=\"legend\">", dom);
    }
}
