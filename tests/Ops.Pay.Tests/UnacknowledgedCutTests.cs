using System.Text.Json;
using Ops.Testing;

namespace Ops.Pay.Tests;

/// <summary>A premium cut is lawful only for someone who signed the «Положение о премировании» version in force at the
/// period's end (Labour Code arts. 135, 192). Pay reads the signatures through docs_signatures_v1.</summary>
public sealed class UnacknowledgedCutTests
{
    /// <summary>PayFirm plus a statutory monthly НДФЛ task per payroll client, and November's tasks for anna, decided so that
    /// her on-time rate is 3/4 = 75% ≥ 60% → premium 4000.00, and one statutory task is late → reduction −1 × 1000.00.
    /// The cut (1000.00) is below the premium earned (4000.00), so it stands in full: cut = 1000.00.</summary>
    private static OpsTestStore FirmWithACutInNovember()
    {
        var store = PayFirm.Create();
        store.Run("pay", "regulations", "add", "ndfl", "--service", "payroll", "--title", "НДФЛ", "--every", "month",
            "--due-day", "20", "--offset-months", "0", "--statutory").ShouldSucceed();
        store.Run("pay", "tasks", "generate", "--period", "2026-11").ShouldSucceed();
        var tasks = store.Run("pay", "tasks", "list", "--period", "2026-11", "--person", "anna", "--format", "json").ShouldSucceed().Json()
            .EnumerateArray().Select(t => (Regulation: t.GetProperty("regulation").GetString(), Client: t.GetProperty("client").GetString(),
                Id: t.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(4, tasks.Count);   // payroll and НДФЛ for ООО Альфа and ООО Бета
        var payroll = tasks.Where(t => t.Regulation == "payroll").Select(t => t.Id).ToArray();
        store.Run(["pay", "tasks", "done", .. payroll, "--on", "2026-11-05"]).ShouldSucceed();
        store.Run("pay", "tasks", "done", tasks.Single(t => t.Regulation == "ndfl" && t.Client == "ООО Альфа").Id, "--on", "2026-11-20").ShouldSucceed();
        return store;
    }

    private static List<JsonElement> Statement(OpsTestStore store, string login) =>
        store.RunAs("dir", "pay", "calc", "--period", "2026-11", "--person", login, "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();

    private static List<JsonElement> CutFindings(OpsTestStore store) =>
        store.Run("risk", "--format", "json").Json().GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("check").GetString() == "pay.cut-unacknowledged").ToList();

    [Fact]
    public void A_cut_for_someone_who_has_not_signed_is_flagged_until_she_signs_and_again_after_a_plan_change()
    {
        using var store = FirmWithACutInNovember();
        var rows = Statement(store, "anna");
        Assert.Equal(-1000m, rows.Single(r => r.GetProperty("rule").GetString() == "reduction.late_statutory").GetProperty("amount").GetDecimal());
        Assert.Equal(4000m, rows.Single(r => r.GetProperty("rule").GetString() == "premium.on_time").GetProperty("amount").GetDecimal());
        Assert.All(rows, r => Assert.True(r.GetProperty("cut_unacknowledged").GetBoolean()));
        Assert.DoesNotContain(rows, r => r.GetProperty("source").GetString() == "note");   // JSON carries the field, the table the words
        var table = store.RunAs("dir", "pay", "calc", "--period", "2026-11", "--person", "anna").ShouldSucceed().Out;
        Assert.Contains("note.cut_unacknowledged", table);
        Assert.Contains("cut 1000.00 unlawful to apply: anna has not signed", table);
        Assert.Contains("ops docs sign --person anna --doc bonus-regulation --version 1", table);

        var finding = Assert.Single(CutFindings(store));
        Assert.Equal("high", finding.GetProperty("severity").GetString());
        Assert.Contains("anna", finding.GetProperty("title").GetString());
        Assert.Contains("2026-11", finding.GetProperty("title").GetString());
        Assert.Contains("1000.00", finding.GetProperty("title").GetString());
        Assert.Contains("ops docs sign --person anna --doc bonus-regulation --version 1", finding.GetProperty("fix").GetString());

        // boris: 0 of 1 on time → no premium; his −1000.00 is given back by reduction.limit, so nothing was cut.
        Assert.All(Statement(store, "boris"), r => Assert.False(r.GetProperty("cut_unacknowledged").GetBoolean()));

        store.Run("docs", "sign", "--person", "anna", "--doc", "bonus-regulation", "--date", "2026-11-26").ShouldSucceed();
        Assert.All(Statement(store, "anna"), r => Assert.False(r.GetProperty("cut_unacknowledged").GetBoolean()));
        Assert.Empty(CutFindings(store));

        // A new plan version changes the regulation (version 2, in force at November's end): version 1's signature no longer counts.
        store.RunAs("dir", "pay", "plans", "add", store.WriteFile("accountant-2.yaml",
            PayFirm.AccountantPlan.Replace("version: 1", "version: 2").Replace("effective_from: 2026-01-01", "effective_from: 2027-01-01"))).ShouldSucceed();
        Assert.All(Statement(store, "anna"), r => Assert.True(r.GetProperty("cut_unacknowledged").GetBoolean()));
        Assert.Contains("--version 2", Assert.Single(CutFindings(store)).GetProperty("fix").GetString());
    }

    [Fact]
    public void With_the_documents_plugin_disabled_the_check_says_it_cannot_judge_instead_of_passing()
    {
        using var store = FirmWithACutInNovember();
        store.Run("plugins", "disable", "docs").ShouldSucceed();
        var finding = Assert.Single(CutFindings(store));
        Assert.Equal("medium", finding.GetProperty("severity").GetString());
        Assert.Contains("cannot judge", finding.GetProperty("title").GetString());
        var rows = Statement(store, "anna");
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("cut_unacknowledged").ValueKind));
    }

    [Fact]
    public void An_accountant_cannot_see_the_mark_on_a_colleagues_statement()
    {
        using var store = FirmWithACutInNovember();
        var denied = store.RunAs("boris", "pay", "calc", "--period", "2026-11", "--person", "anna", "--format", "json");
        Assert.Equal(4, denied.ExitCode);
        Assert.DoesNotContain("cut_unacknowledged", denied.Out);
        var own = store.RunAs("boris", "pay", "calc", "--period", "2026-11", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        Assert.All(own, r => Assert.Equal("boris", r.GetProperty("login").GetString()));
    }
}
