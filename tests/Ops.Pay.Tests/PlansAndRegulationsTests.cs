namespace Ops.Pay.Tests;

public sealed class PlansAndRegulationsTests
{
    [Fact]
    public void Plans_are_listed_shown_as_loaded_and_versioned()
    {
        using var store = PayFirm.Create();
        var v2 = PayFirm.AccountantPlan.Replace("version: 1", "version: 2").Replace("effective_from: 2026-01-01", "effective_from: 2027-01-01")
            .Replace("fixed: 80000", "fixed: 85000");
        store.RunAs("dir", "pay", "plans", "add", store.WriteFile("v2.yaml", v2)).ShouldSucceed();
        var list = store.RunAs("dir", "pay", "plans", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        Assert.Equal([1, 2], list.Select(p => p.GetProperty("version").GetInt32()));
        // v1 was open-ended; v2 ends it the day before it starts
        Assert.Equal("2026-12-31", list[0].GetProperty("effective_to").GetString());
        Assert.True(list[0].GetProperty("in_force").GetBoolean());
        Assert.Equal(v2.TrimEnd(), store.RunAs("dir", "pay", "plans", "show", "accountant").ShouldSucceed().Out.TrimEnd());
        Assert.Contains("fixed: 80000", store.RunAs("dir", "pay", "plans", "show", "accountant", "--version", "1").ShouldSucceed().Out);
        Assert.Equal(3, store.RunAs("dir", "pay", "plans", "show", "nope").ExitCode);
        // the same version again is a conflict of versions, refused as invalid input with the fix
        var again = store.RunAs("dir", "pay", "plans", "add", store.WriteFile("v2b.yaml", v2));
        Assert.Equal(5, again.ExitCode);
        Assert.Contains("v2b.yaml:2 [version]: plan accountant v2 is already loaded", again.Err);
    }

    [Fact]
    public void Regulations_are_listed_validated_and_unique()
    {
        using var store = PayFirm.Create();
        var regs = store.Run("pay", "regulations", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        Assert.Equal(["payroll", "vat-return"], regs.Select(r => r.GetProperty("code").GetString()));
        Assert.True(regs[1].GetProperty("statutory").GetBoolean());
        Assert.Equal(6, store.Run("pay", "regulations", "add", "payroll", "--service", "payroll", "--title", "x", "--every", "month", "--due-day", "5").ExitCode);
        Assert.Equal(5, store.Run("pay", "regulations", "add", "bad", "--service", "vat", "--title", "x", "--every", "month", "--due-day", "32").ExitCode);
        Assert.Equal(2, store.Run("pay", "regulations", "add", "bad", "--service", "vat", "--title", "x", "--every", "fortnight", "--due-day", "5").ExitCode);
    }

    [Fact]
    public void After_all_the_pay_commands_the_audit_chain_still_verifies()
    {
        using var store = PayFirm.Create();
        store.RunAs("dir", "pay", "calc", "--period", "2026-10").ShouldSucceed();
        store.RunAs("dir", "pay", "close", "--period", "2026-10").ShouldSucceed();
        store.Run("audit", "verify").ShouldSucceed();
        var actions = store.Run("audit", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "pay.plans.add", "pay.regulations.add", "pay.tasks.generate", "pay.statements.view", "pay.close" }, actions);
    }
}
