using System.Text.Json;
using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

/// <summary>The departure plan gathers steps through the SDK (<c>IOpsPlugin.DepartureSteps</c>) from every enabled plugin:
/// the host's, the registry's, this sample plugin's and pay's; each step's state follows the store.</summary>
public sealed class DeparturePlanTests
{
    private static OpsTestStore Create()
    {
        var store = Firm.Create(calls: false);
        store.Run("plugins", "enable", "pay").ShouldSucceed();
        store.Run("staff", "leave", "anna", "--last-day", "2026-12-02", "--notice-date", "2026-11-18").ShouldSucceed();
        return store;
    }

    private static Dictionary<string, JsonElement> Plan(OpsTestStore store, int exitCode = 0)
    {
        var r = store.RunAs("dir", "staff", "offboard", "anna", "--format", "json");
        Assert.True(r.ExitCode == exitCode, r.Err);
        return r.Json().EnumerateArray().ToDictionary(s => s.GetProperty("step").GetString()!);
    }

    [Fact]
    public void The_plan_lists_steps_from_the_host_the_registry_the_calls_plugin_and_pay()
    {
        using var store = Create();
        var plan = Plan(store);
        Assert.Superset(new HashSet<string> { "ops.watch", "ops.grants", "ops.access", "clients.handover", "clients.owner-calls",
            "calls.lines", "pay.final-statement", "pay.clawback" }, plan.Keys.ToHashSet());
        Assert.Equal(["calls", "clients", "ops", "pay"], plan.Values.Select(s => s.GetProperty("source").GetString()).Distinct().Order(StringComparer.Ordinal));
        var lines = plan["calls.lines"];
        Assert.Equal("pending", lines.GetProperty("state").GetString());
        Assert.Equal("2026-12-03", lines.GetProperty("due").GetString());
        Assert.Equal("ops calls lines move --from anna --to LOGIN", lines.GetProperty("command").GetString());
        Assert.Contains("101", lines.GetProperty("detail").GetString());
        Assert.Equal("pending", plan["clients.handover"].GetProperty("state").GetString());
        Assert.Equal("ops clients handover anna --apply", plan["clients.handover"].GetProperty("command").GetString());
        Assert.Equal("2026-12-02", plan["pay.final-statement"].GetProperty("due").GetString());
    }

    [Fact]
    public void Each_step_is_done_once_its_command_has_run()
    {
        using var store = Create();
        store.RunAs("dir", "calls", "lines", "move", "--from", "anna", "--to", "lena").ShouldSucceed();
        store.RunAs("dir", "clients", "handover", "anna", "--apply").ShouldSucceed();
        var plan = Plan(store);
        Assert.Equal("done", plan["calls.lines"].GetProperty("state").GetString());
        Assert.Equal("done", plan["clients.handover"].GetProperty("state").GetString());
        var lines = store.Json("dir", "calls", "lines", "list").EnumerateArray().ToList();
        Assert.Equal(["101"], lines.Where(l => l.GetProperty("login").GetString() == "lena").Select(l => l.GetProperty("line").GetString()));
        Assert.Equal(["anna-mobile"], lines.Where(l => l.GetProperty("login").GetString() == "anna").Select(l => l.GetProperty("line").GetString()));
        var moved = store.Json("admin", "audit", "list", "--action", "calls.lines.move").EnumerateArray().Single();
        Assert.Contains("line:101", moved.GetProperty("records").ToString());
    }

    [Fact]
    public void A_step_past_its_due_date_makes_the_plan_exit_1()
    {
        using var store = Create();
        store.Now = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);   // her lines were due on the 3rd
        var plan = Plan(store, exitCode: 1);
        Assert.True(plan["calls.lines"].GetProperty("overdue").GetBoolean());
        Assert.Equal("done", plan["ops.access"].GetProperty("state").GetString());
    }
}
