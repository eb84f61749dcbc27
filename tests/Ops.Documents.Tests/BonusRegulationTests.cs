using Ops.Testing;

namespace Ops.Documents.Tests;

/// <summary>The «Положение о премировании» rendered from the pay plans (pay_plan_rules_v1), versioned by them, signed.</summary>
public sealed class BonusRegulationTests
{
    private const string Plan = """
        id: accountant
        version: 1
        applies_to: { role: accountant }
        effective_from: 2026-01-01
        fixed: 80000
        premiums:
          on_time:
            tiers:
              - { from: 90, amount: 5000 }
              - { from: 95, amount: 10000 }
          new_client: { percent: 12.5, months: 12, clawback_months: 6 }
          retention: { months: 12, amount: 3000 }
        reductions:
          late_statutory: { per_task: 1500 }
          client_fines: { percent: 50 }
        caps: { premiums: 20000 }
        """;

    private static OpsTestStore FirmWithAPlan()
    {
        var store = Firm.Small();
        store.Run("clients", "add", "--inn", "7707083893", "--name", "ООО Секретный Клиент").ShouldSucceed();
        store.RunAs("sokolov", "pay", "plans", "add", store.WriteFile("accountant.yaml", Plan)).ShouldSucceed();
        return store;
    }

    [Fact]
    public void The_regulation_states_every_premium_and_reduction_of_the_plans_and_opens_in_LibreOffice_without_client_data()
    {
        using var store = FirmWithAPlan();
        var docx = Firm.RenderOne(store, "bonus-regulation", "--format", "docx");
        var text = LibreOffice.Text(docx)[0].Replace('\u00A0', ' ');
        Assert.Contains("Положение о премировании", text);
        Assert.Contains("Редакция № 1", text);
        Assert.Contains(Firm.FullName, text);
        Assert.Contains("не менее 90% — 5 000 руб.", text);
        Assert.Contains("не менее 95% — 10 000 руб.", text);
        Assert.Contains("12,5% ежемесячного вознаграждения", text);
        Assert.Contains("в течение 6 месяцев", text);
        Assert.Contains("3 000 руб. за каждого клиента", text);
        Assert.Contains("на 1 500 руб.", text);
        Assert.Contains("на 50% суммы такого штрафа", text);
        Assert.Contains("не может превышать 20 000 руб.", text);
        Assert.Contains("не снижается", text);                       // fixed pay
        Assert.Contains("не является дисциплинарным взысканием", text);
        Assert.Contains("статьями 8, 129, 135, 144, 191 и 192", text);
        Assert.Contains("статьи 68", text);
        Assert.Contains("статьи 22", text);
        Assert.DoesNotContain("Секретный", text);
        Assert.DoesNotContain("80 000", text);                       // salaries are not the regulation's business
        Assert.DoesNotContain("Коммерческая тайна", text);           // the pay system cannot be a secret (98-FZ art. 5 item 5)
    }

    [Fact]
    public void A_plan_change_is_a_new_version_so_the_old_signature_is_outdated()
    {
        using var store = FirmWithAPlan();
        store.Run("docs", "sign", "--person", "petrova", "--doc", "bonus-regulation", "--date", "2026-11-20").ShouldSucceed();
        Assert.Contains("doc:bonus-regulation@1", store.Run("audit", "list", "--format", "json").Out);
        string State() => store.Run("docs", "status", "--person", "petrova", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Single(r => r.GetProperty("doc").GetString() == "bonus-regulation").GetProperty("state").GetString()!;
        Assert.Equal("signed", State());

        store.RunAs("sokolov", "pay", "plans", "add", store.WriteFile("accountant-2.yaml",
            Plan.Replace("version: 1", "version: 2").Replace("effective_from: 2026-01-01", "effective_from: 2027-01-01"))).ShouldSucceed();
        Assert.Equal("outdated", State());
        Assert.Contains("petrova", store.Run("docs", "status", "--missing").ShouldSucceed().Out);
        Assert.Contains("Редакция № 2", File.ReadAllText(Firm.RenderOne(store, "bonus-regulation", "--format", "md")));
        store.Run("docs", "sign", "--person", "petrova", "--doc", "bonus-regulation", "--date", "2026-11-25").ShouldSucceed();
        Assert.Equal("signed", State());
    }

    [Fact]
    public void An_accountant_cannot_render_the_firms_pay_terms_and_the_attempt_is_audited()
    {
        using var store = FirmWithAPlan();
        var denied = store.RunAs("petrova", "docs", "render", "bonus-regulation", "--format", "md", "--out", Firm.TempDir());
        Assert.Equal(4, denied.ExitCode);
        Assert.Contains("scope all", denied.Err);
        Assert.Contains("denied", store.Run("audit", "list", "--format", "json").Out);
    }

    [Fact]
    public void Without_any_pay_plan_there_is_no_regulation_to_render_or_sign()
    {
        using var store = Firm.Small();
        Assert.Equal(3, store.Run("docs", "render", "bonus-regulation", "--format", "md", "--out", Firm.TempDir()).ExitCode);
        Assert.Equal(6, store.Run("docs", "sign", "--person", "petrova", "--doc", "bonus-regulation", "--date", "2026-11-20").ExitCode);
        Assert.DoesNotContain("bonus-regulation", store.Run("docs", "status").ShouldSucceed().Out);
    }

    [Fact]
    public void A_plan_loaded_before_pay_published_its_rules_is_refused_until_plans_list_publishes_it()
    {
        using var store = FirmWithAPlan();
        store.Sql("DELETE FROM pay_plan_rules");   // as a store upgraded from pay 1.1 has it
        var refused = store.Run("docs", "render", "bonus-regulation", "--format", "md", "--out", Firm.TempDir());
        Assert.Equal(6, refused.ExitCode);
        Assert.Contains("ops pay plans list", refused.Err);
        Assert.Contains("Published", store.RunAs("sokolov", "pay", "plans", "list").ShouldSucceed().Err);
        Assert.Contains("на 1 500 руб.", File.ReadAllText(Firm.RenderOne(store, "bonus-regulation", "--format", "md")));
    }
}
