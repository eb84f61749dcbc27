using System.Text.Json;
using Ops.Testing;

namespace Ops.Pay.Tests;

/// <summary>Pay's listings put their read event on record, committed, before the first byte of a statement or a task
/// reaches stdout: a listing killed after its first characters is already audited, naming what it was about to show.</summary>
public sealed class AuditBeforeShowingTests
{
    private static List<string> Recorded(OpsTestStore store, string action) =>
        store.Run("audit", "list", "--action", action, "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Where(e => e.GetProperty("actor").GetString() == "dir")
            .SelectMany(e => JsonDocument.Parse(e.GetProperty("records").GetString()!).RootElement.EnumerateArray().Select(r => r.GetString()!))
            .ToList();

    [Fact]
    public void An_interrupted_statement_listing_is_already_audited()
    {
        using var store = PayFirm.Create();
        var r = store.RunInto(new DyingWriter(20), "dir", "pay", "calc", "--period", "2026-10", "--format", "json");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal(["period:2026-10", "staff:anna", "staff:boris"], Recorded(store, "pay.statements.view").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_interrupted_task_listing_is_already_audited()
    {
        using var store = PayFirm.Create();
        var r = store.RunInto(new DyingWriter(20), "dir", "pay", "tasks", "list", "--format", "csv");
        Assert.NotEqual(0, r.ExitCode);
        var recorded = Recorded(store, "pay.tasks.view").Order(StringComparer.Ordinal).ToList();
        var shown = store.Run("pay", "tasks", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Select(t => "client:" + t.GetProperty("client_id").GetString()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(shown);
        Assert.Equal(shown, recorded);
    }

    [Fact]
    public void An_interrupted_plan_listing_is_already_audited()
    {
        using var store = PayFirm.Create();
        var r = store.RunInto(new DyingWriter(10), "dir", "pay", "plans", "show", "accountant");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal(["plan:accountant@1"], Recorded(store, "pay.plans.view"));
    }
}
