using Ops.Testing;
using System.Text.Json;

namespace Ops.Clients.Tests;

/// <summary><c>ops risk</c> as people read it: names within the reader's scope, a score that moves, merged findings.</summary>
public sealed class RiskReportTests
{
    private static Ops.Testing.OpsTestStore NamedFirm()
    {
        var store = Firm.Create();
        foreach (var (login, name) in new[] { ("dir", "Андрей Директоров"), ("lead", "Лидия Северова"), ("anna", "Анна Северная"), ("lena", "Елена Северная"), ("boris", "Борис Южный") })
            store.Run("staff", "update", login, "--name", name).ShouldSucceed();
        return store;
    }

    private static JsonElement Report(Ops.Testing.OpsTestStore store, string who)
    {
        var r = store.RunAs(who, "risk", "--format", "json");
        Assert.True(r.ExitCode is 0 or 1, r.Err);
        return r.Json();
    }

    [Fact]
    public void The_director_sees_peoples_and_clients_names_instead_of_logins_and_record_ids()
    {
        using var store = NamedFirm();
        var file = Path.Combine(store.Directory, "risk.html");
        var r = store.RunAs("dir", "risk", "--format", "html", "--out", file);
        Assert.True(r.ExitCode is 0 or 1, r.Err);
        var html = File.ReadAllText(file);
        // boris serves ООО Бета and ООО Дельта alone: the single-thread finding names him and them.
        Assert.Contains("Борис Южный", html);
        Assert.Contains("ООО Бета", html);
        Assert.DoesNotContain("client:", html);
        Assert.DoesNotContain("staff:boris", html);
    }

    [Fact]
    public void A_team_lead_given_the_risk_report_sees_no_name_outside_her_own_scope()
    {
        using var store = NamedFirm();
        store.Run("access", "grant", "risk.view", "--person", "lead", "--scope", "team").ShouldSucceed();
        // anna (north) may see every client: her finding lists the south team's clients too.
        store.Run("access", "grant", "clients.view", "--person", "anna", "--scope", "all").ShouldSucceed();
        store.Run("access", "grant", "clients.contacts", "--person", "anna", "--scope", "all").ShouldSucceed();

        var json = Report(store, "lead");
        var text = json.GetRawText();
        Assert.Contains("Анна Северная", text);                 // her own team: named
        Assert.DoesNotContain("Борис Южный", text);             // the south team: logins only
        Assert.DoesNotContain("ООО Бета", text);                // south clients: ids only
        Assert.DoesNotContain("ООО Дельта", text);
        Assert.Contains(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("finding").GetString()!.Contains("boris alone"));

        var file = Path.Combine(store.Directory, "lead.html");
        var r = store.RunAs("lead", "risk", "--format", "html", "--out", file);
        Assert.True(r.ExitCode is 0 or 1, r.Err);
        var html = File.ReadAllText(file);
        Assert.DoesNotContain("Борис Южный", html);
        Assert.DoesNotContain("ООО Бета", html);
        Assert.Contains("boris", html);

        // The workbook is the same report: every sheet and string in it, read as the XML Excel reads.
        var xlsx = Path.Combine(store.Directory, "lead.xlsx");
        Assert.True(store.RunAs("lead", "risk", "--format", "xlsx", "--out", xlsx).ExitCode is 0 or 1);
        var workbook = Spreadsheets.AllXml(xlsx);
        Assert.Contains("Анна Северная", workbook);
        Assert.DoesNotContain("Борис Южный", workbook);
        Assert.DoesNotContain("ООО Бета", workbook);
        Assert.DoesNotContain("ООО Дельта", workbook);
        Assert.Contains(Spreadsheets.ReadXlsx(xlsx), row => row.Values.OfType<string>().Any(v => v.Contains("boris alone")));

        // The names she was shown are on record, before the report: ООО Альфа is one of hers.
        var audit = store.RunAs("dir", "audit", "list", "--action", "risk.view", "--format", "json").ShouldSucceed().Json();
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("actor").GetString() == "lead" && e.GetRawText().Contains("client:"));
    }

    [Fact]
    public void The_xlsx_report_holds_findings_area_scores_and_the_trend_as_typed_cells_in_the_firms_language()
    {
        using var store = NamedFirm();
        store.Run("firm", "set", "--inn", "7707083893", "--name", "ООО «Бухэксперт»").ShouldSucceed();
        var file = Path.Combine(store.Directory, "risk.xlsx");
        var r = store.RunAs("dir", "risk", "--format", "xlsx", "--out", file);
        Assert.True(r.ExitCode is 0 or 1, r.Err);
        Assert.Equal("", r.Out);
        var json = Report(store, "dir");

        var findings = Spreadsheets.ReadXlsx(file);   // the first sheet
        Assert.Equal(json.GetProperty("findings").GetArrayLength(), findings.Count);
        Assert.Equal(1d, findings[0]["#"]);
        var severities = new Dictionary<string, string> { ["high"] = "высокая", ["medium"] = "средняя", ["low"] = "низкая", ["info"] = "низкая" };
        Assert.Equal(json.GetProperty("findings").EnumerateArray().Select(f => severities[f.GetProperty("severity").GetString()!]), findings.Select(f => f["Степень"]));
        Assert.Contains(findings, f => f["Подробности"] is string c && c.Contains("Борис Южный"));   // names, as the director may see
        Assert.Contains(findings, f => f["Касается"] is string c && c.Contains("ООО Бета"));

        var areas = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true, sheetName: "Области").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("вся фирма", areas[0]["Область"]);
        Assert.Equal((double)json.GetProperty("score").GetInt32(), areas[0]["Оценка"]);
        Assert.Equal((double)json.GetProperty("high").GetInt32(), areas[0]["высокая"]);
        Assert.All(areas, a => Assert.IsType<double>(a["Оценка"]));

        var trend = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true, sheetName: "Динамика").Cast<IDictionary<string, object?>>().ToList();
        Assert.IsType<DateTime>(Assert.Single(trend)["Дата (UTC)"]);
        Assert.Equal(false, trend[0]["Сохранён"]);
    }

    [Fact]
    public void Xlsx_without_out_is_refused_before_the_report_runs()
    {
        using var store = NamedFirm();
        var r = store.RunAs("dir", "risk", "--format", "xlsx");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("hint: add --out FILE.xlsx", r.Err);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void A_client_named_like_markup_stays_text_on_the_page()
    {
        using var store = NamedFirm();
        store.Run("clients", "update", Firm.BetaInn, "--name", "ООО <script>alert(1)</script> & <b>Бета</b>").ShouldSucceed();
        var file = Path.Combine(store.Directory, "risk.html");
        Assert.True(store.RunAs("dir", "risk", "--format", "html", "--out", file).ExitCode is 0 or 1);
        var html = File.ReadAllText(file);
        Assert.Contains("ООО &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Бета&lt;/b&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public void Several_high_findings_leave_a_score_above_0_that_rises_when_one_is_fixed()
    {
        using var store = Firm.Create();
        foreach (var who in new[] { "anna", "lena", "boris" })
        {
            store.Run("access", "grant", "clients.view", "--person", who, "--scope", "all").ShouldSucceed();
            store.Run("access", "grant", "clients.contacts", "--person", who, "--scope", "all").ShouldSucceed();
        }
        var before = Report(store, "dir");
        Assert.True(before.GetProperty("high").GetInt32() >= 3, before.GetRawText());
        Assert.InRange(before.GetProperty("score").GetInt32(), 1, 79);

        store.Run("access", "revoke", "clients.contacts", "--person", "boris").ShouldSucceed();
        var after = Report(store, "dir");
        Assert.True(after.GetProperty("score").GetInt32() > before.GetProperty("score").GetInt32(), after.GetRawText());
    }

    [Fact]
    public void A_departing_persons_activity_is_one_finding_not_two()
    {
        using var store = Firm.Create();
        store.Run("access", "grant", "clients.view", "--person", "anna", "--scope", "all").ShouldSucceed();
        store.Run("staff", "leave", "anna", "--date", "2026-12-20", "--notice-date", "2026-11-20").ShouldSucceed();
        store.RunAs("anna", "clients", "show", Firm.BetaInn).ShouldSucceed();
        store.RunAs("anna", "clients", "show", Firm.DeltaInn).ShouldSucceed();
        var hers = Report(store, "dir").GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("check").GetString() == "clients.departing-activity").ToList();
        var finding = Assert.Single(hers);
        Assert.Contains("do not serve", finding.GetProperty("finding").GetString());   // the views outside her clients, merged in
        Assert.Contains("gave notice", finding.GetProperty("finding").GetString());
    }

    [Fact]
    public void A_russian_firm_reads_the_report_and_the_findings_in_russian_and_can_switch_to_english()
    {
        using var store = NamedFirm();
        store.Run("firm", "set", "--inn", "7707083893", "--name", "ООО «Бухэксперт»").ShouldSucceed();
        var file = Path.Combine(store.Directory, "ru.html");
        Assert.True(store.RunAs("dir", "risk", "--format", "html", "--out", file).ExitCode is 0 or 1);
        var html = File.ReadAllText(file);
        Assert.Contains("<html lang=\"ru\"", html);
        Assert.Contains("Что исправить в первую очередь", html);
        Assert.Contains("в одиночку обслуживает", html);
        Assert.Equal("ru", Report(store, "dir").GetProperty("language").GetString());

        store.Run("firm", "set", "--language", "en").ShouldSucceed();
        Assert.Contains("served by", Report(store, "dir").GetRawText());
        Assert.Equal(5, store.Run("firm", "set", "--language", "de").ExitCode);
    }
}
