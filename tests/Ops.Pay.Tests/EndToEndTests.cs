using System.Text.Json;
using Ops.Testing;

namespace Ops.Pay.Tests;

/// <summary>The built <c>ops</c> in-process on a temporary store with the clients plugin.</summary>
public sealed class EndToEndTests
{
    private static decimal Total(JsonElement rows, string login) =>
        rows.EnumerateArray().Single(r => r.GetProperty("login").GetString() == login && r.GetProperty("rule").GetString() == "total").GetProperty("amount").GetDecimal();

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Tasks_are_generated_per_regulation_and_client_and_go_to_the_lead(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var tasks = store.Run("pay", "tasks", "list", "--period", "2026-10", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        // vat-return (Q3, due 25 October 2026, a Sunday → Monday 26th, it is statutory): Альфа, Гамма;
        // payroll (September, due 2026-10-05, not statutory so never moved): Альфа, Бета
        Assert.Equal(4, tasks.Count);
        var vat = tasks.Single(t => t.GetProperty("regulation").GetString() == "vat-return" && t.GetProperty("client").GetString() == "ООО Гамма");
        Assert.Equal(("2026-10-26", "boris"), (vat.GetProperty("due_on").GetString(), vat.GetProperty("assignee").GetString()));
        Assert.Equal("overdue", vat.GetProperty("status").GetString());
        // generating again adds nothing
        Assert.Contains("created 0", store.Run("pay", "tasks", "generate", "--period", "2026-10").ShouldSucceed().Err);
        Assert.Equal(1, store.Run("pay", "tasks", "overdue").ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Calculate_close_change_a_fee_and_recalculate_shows_the_adjustment(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var ids = PayFirm.Tasks(store);
        store.RunAs("anna", "pay", "tasks", "done", ids[("payroll", "ООО Альфа")].ToString(), "--on", "2026-10-03").ShouldSucceed();
        store.RunAs("anna", "pay", "tasks", "done", ids[("payroll", "ООО Бета")].ToString(), "--on", "2026-10-04").ShouldSucceed();
        store.RunAs("anna", "pay", "tasks", "done", ids[("vat-return", "ООО Альфа")].ToString(), "--on", "2026-10-27").ShouldSucceed();

        // anna: fixed 80000
        //   Альфа lead: pool 20000 × 10% = 2000.00; 2000 × 70% = 1400.00
        //   Бета lead:  pool 10000 × 10% = 1000.00; 1000 × 70% = 700.00 (no backup: the backup part is not paid)
        //   Гамма backup: pool 30000 × 10% = 3000.00; 3000 − 3000 × 70% = 900.00
        //   on time 2/3 = 66.67% ≥ 60% → 4000; one statutory task late → −1000
        //   total 80000 + 1400 + 700 + 900 + 4000 − 1000 = 86000.00
        var rows = store.RunAs("dir", "pay", "calc", "--period", "2026-10", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(86000.00m, Total(rows, "anna"));
        // boris: 80000 + Альфа backup 600 + Гамма lead 2100; his one task (vat Гамма) is open past due: 0/1 → no premium,
        // late statutory −1000 limited to the premium 0 (+1000): 82700.00
        Assert.Equal(82700.00m, Total(rows, "boris"));
        Assert.All(rows.EnumerateArray().Where(r => r.GetProperty("rule").GetString() != "total"), r => Assert.Equal("calculated", r.GetProperty("source").GetString()));

        store.RunAs("dir", "pay", "close", "--period", "2026-10").ShouldSucceed();
        Assert.Equal(6, store.RunAs("dir", "pay", "close", "--period", "2026-10").ExitCode);

        // A raise today (26 November, by re-import) is not a change to October: the closed month does not move at all.
        store.Run("clients", "import", store.WriteFile("clients2.csv", PayFirm.ClientsCsv(c1Fee: 25000m))).ShouldSucceed();
        var unmoved = store.RunAs("dir", "pay", "calc", "--period", "2026-10", "--format", "json").ShouldSucceed().Json();
        Assert.DoesNotContain(unmoved.EnumerateArray(), r => r.GetProperty("source").GetString() == "adjustment");
        Assert.Equal(86000.00m, Total(unmoved, "anna"));

        // The raise dated back to 1 October is: recalculating shows the difference as an adjustment, the closed lines stay.
        store.Run("clients", "update", PayFirm.Inn(1), "--fee", "25000", "--from", "2026-10-01").ShouldSucceed();
        var afterJson = store.RunAs("dir", "pay", "calc", "--period", "2026-10", "--format", "json").ShouldSucceed().Json();
        var after = afterJson.EnumerateArray().ToList();
        // Альфа's fee 20000 → 25000: anna's lead share 2500 × 70% = 1750 (+350), boris's backup 750 (+150)
        var annaAdjust = after.Single(r => r.GetProperty("login").GetString() == "anna" && r.GetProperty("source").GetString() == "adjustment");
        Assert.Equal(350.00m, annaAdjust.GetProperty("amount").GetDecimal());
        Assert.Contains("1750.00 − closed 1400.00 = 350.00", annaAdjust.GetProperty("arithmetic").GetString());
        Assert.Equal(86350.00m, Total(afterJson, "anna"));
        Assert.Equal(82850.00m, Total(afterJson, "boris"));
        // history is not rewritten: the closed lines still say 1400.00
        Assert.Contains(after, r => r.GetProperty("login").GetString() == "anna" && r.GetProperty("source").GetString() == "closed"
            && r.GetProperty("rule").GetString() == "fee_share" && r.GetProperty("amount").GetDecimal() == 1400.00m);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Simulating_a_plan_shows_the_cost_per_person_and_in_force_plans_show_no_difference(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var same = store.RunAs("dir", "pay", "simulate", "--plan", store.WriteFile("same.yaml", PayFirm.AccountantPlan), "--period", "2026-10", "--format", "json")
            .ShouldSucceed().Json();
        Assert.All(same.EnumerateArray(), r => Assert.Equal(0m, r.GetProperty("difference").GetDecimal()));

        var raise = PayFirm.AccountantPlan.Replace("version: 1", "version: 2").Replace("fixed: 80000", "fixed: 90000");
        var sim = store.RunAs("dir", "pay", "simulate", "--plan", store.WriteFile("raise.yaml", raise), "--period", "2026-10", "--format", "json")
            .ShouldSucceed().Json().EnumerateArray().ToList();
        Assert.Equal(10000m, sim.Single(r => r.GetProperty("login").GetString() == "anna").GetProperty("difference").GetDecimal());
        Assert.Equal(20000m, sim.Single(r => r.GetProperty("login").GetString() == "TOTAL").GetProperty("difference").GetDecimal());
        // cost to the firm = gross × (1 + 30%), the default contributions rate; at 15% it is gross × 1.15
        var anna = sim.Single(r => r.GetProperty("login").GetString() == "anna");
        Assert.Equal(anna.GetProperty("total_simulated").GetDecimal() * 1.3m, anna.GetProperty("cost_simulated").GetDecimal());
        store.RunAs("dir", "pay", "settings", "--contributions-rate", "15").ShouldSucceed();
        var at15 = store.RunAs("dir", "pay", "simulate", "--plan", store.WriteFile("raise2.yaml", raise), "--period", "2026-10", "--format", "json")
            .ShouldSucceed().Json().EnumerateArray().Single(r => r.GetProperty("login").GetString() == "TOTAL");
        Assert.Equal(Math.Round(at15.GetProperty("total_now").GetDecimal() * 1.15m, 2), at15.GetProperty("cost_now").GetDecimal());
        Assert.Equal(5, store.RunAs("dir", "pay", "settings", "--contributions-rate", "130").ExitCode);
        Assert.Equal(4, store.RunAs("anna", "pay", "simulate", "--plan", store.WriteFile("x.yaml", raise), "--period", "2026-10").ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_bad_plan_file_is_refused_with_file_line_and_field_and_nothing_is_loaded(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var bad = PayFirm.AccountantPlan.Replace("id: accountant", "id: other").Replace("fixed: 80000", "fixed: -1").Replace("role: accountant", "role: wizard");
        var result = store.RunAs("dir", "pay", "plans", "add", store.WriteFile("bad.yaml", bad));
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("bad.yaml:5 [fixed]", result.Err);
        Assert.Single(store.RunAs("dir", "pay", "plans", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray());

        var overlap = PayFirm.AccountantPlan.Replace("id: accountant", "id: other");
        var clash = store.RunAs("dir", "pay", "plans", "lint", store.WriteFile("overlap.yaml", overlap));
        Assert.Equal(5, clash.ExitCode);
        Assert.Contains("overlaps accountant v1", clash.Err);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_task_import_with_a_bad_row_writes_nothing_and_names_the_line_and_column(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var csv = $"""
            regulation;inn;due_on;assignee;done_on;fine
            payroll;{PayFirm.Inn(1)};2026-11-05;anna;2026-11-04;
            payroll;{PayFirm.Inn(2)};2026-11-05;nobody;;
            """;
        var result = store.Run("pay", "tasks", "import", store.WriteFile("tasks.csv", csv));
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("tasks.csv:3 [assignee]", result.Err);
        Assert.Empty(store.Run("pay", "tasks", "list", "--period", "2026-11", "--format", "json").ShouldSucceed().Json().EnumerateArray());

        store.Run("pay", "tasks", "import", store.WriteFile("ok.csv", csv.Replace("nobody", "anna"))).ShouldSucceed();
        Assert.Equal(2, store.Run("pay", "tasks", "list", "--period", "2026-11", "--format", "json").ShouldSucceed().Json().GetArrayLength());
    }
}

public sealed class InputTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_windows_1251_task_file_with_semicolons_is_accepted(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var csv = $"regulation;inn;due_on;assignee;done_on;fine\r\npayroll;{PayFirm.Inn(2)};2026-10-05;anna;2026-10-06;1 500,50\r\n";
        store.Run("pay", "tasks", "import", store.WriteFile("tasks-1251.csv", csv, Ops.Sdk.Input.TextInput.Windows1251)).ShouldSucceed();
        var task = store.Run("pay", "tasks", "list", "--period", "2026-10", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Single(t => t.GetProperty("client").GetString() == "ООО Бета");
        Assert.Equal(("late", 1500.50m), (task.GetProperty("status").GetString(), task.GetProperty("fine").GetDecimal()));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Simulating_a_plan_for_an_unknown_role_is_refused(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        var plan = PayFirm.AccountantPlan.Replace("role: accountant", "role: wizard");
        var result = store.RunAs("dir", "pay", "simulate", "--plan", store.WriteFile("w.yaml", plan), "--period", "2026-10");
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("w.yaml:3 [applies_to.role]: unknown role 'wizard'", result.Err);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("october")]
    public void A_malformed_period_is_a_usage_error(string period)
    {
        using var store = PayFirm.Create();
        var result = store.RunAs("dir", "pay", "calc", "--period", period);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--period '{period}' is not a month; write it as yyyy-MM", result.Err);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_month_that_has_not_ended_cannot_be_closed(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        Assert.Equal(6, store.RunAs("dir", "pay", "close", "--period", "2026-11").ExitCode);
    }
}

public sealed class RegistryChangesTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_client_archived_mid_month_in_the_registry_earns_a_share_for_the_days_before_it_left(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        store.Run("clients", "archive", PayFirm.Inn(2), "--date", "2026-10-16", "--reason", "closed the business").ShouldSucceed();
        var rows = store.RunAs("anna", "pay", "calc", "--period", "2026-10", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        // Бета left on 2026-10-16, served 1..15: pool 10000 × 10% × 15/31 = 483.870… → 483.87; lead 483.87 × 70% = 338.709 → 338.71
        var beta = rows.Single(r => r.GetProperty("rule").GetString() == "fee_share" && r.GetProperty("inputs").GetString()!.StartsWith("ООО Бета", StringComparison.Ordinal));
        Assert.Equal(338.71m, beta.GetProperty("amount").GetDecimal());
        // November: Бета earns nothing any more
        var november = store.RunAs("anna", "pay", "calc", "--period", "2026-11", "--format", "json").ShouldSucceed().Json().EnumerateArray();
        Assert.DoesNotContain(november, r => r.GetProperty("inputs").GetString()!.StartsWith("ООО Бета", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_new_lead_assigned_in_the_registry_gets_the_tasks_generated_after_the_change(TestEngine engine)
    {
        using var store = PayFirm.Create(engine);
        store.Run("clients", "assign", PayFirm.Inn(2), "boris", "--role", "lead").ShouldSucceed();
        store.Run("pay", "tasks", "generate", "--period", "2026-12").ShouldSucceed();
        var december = store.Run("pay", "tasks", "list", "--period", "2026-12", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Single(t => t.GetProperty("client").GetString() == "ООО Бета");
        Assert.Equal("boris", december.GetProperty("assignee").GetString());
    }
}
