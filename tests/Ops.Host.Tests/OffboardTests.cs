using System.Text.Json;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary><c>ops staff offboard</c> on the host alone: its own steps, the exit code cron reads, the audit, and who may
/// see a plan (the steps and their plugins are tested in Ops.Samples.Calls.Tests.DeparturePlanTests).</summary>
public sealed class OffboardTests
{
    private static OpsTestStore Firm()
    {
        var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("dir", "director");
        store.AddStaff("anna", "accountant", team: "north");
        store.AddStaff("boris", "accountant", team: "north");
        store.Run("staff", "leave", "anna", "--last-day", "2026-12-02", "--notice-date", "2026-11-18").ShouldSucceed();
        return store;
    }

    private static Dictionary<string, JsonElement> Steps(OpsResult r) =>
        r.Json().EnumerateArray().ToDictionary(s => s.GetProperty("step").GetString()!);

    [Fact]
    public void The_plan_lists_the_hosts_steps_and_exits_0_while_nothing_is_past_due()
    {
        using var store = Firm();
        var r = store.RunAs("dir", "staff", "offboard", "anna", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var steps = Steps(r);
        Assert.Equal(["ops.access", "ops.grants", "ops.watch"], steps.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("done", steps["ops.watch"].GetProperty("state").GetString());
        Assert.Equal("pending", steps["ops.access"].GetProperty("state").GetString());
        Assert.Equal("2026-12-03", steps["ops.access"].GetProperty("due").GetString());
    }

    [Fact]
    public void A_personal_grant_left_after_the_notice_date_makes_the_plan_exit_1_until_it_is_revoked()
    {
        using var store = Firm();
        store.Run("access", "grant", "audit.view", "--person", "anna", "--scope", "all").ShouldSucceed();
        var r = store.RunAs("dir", "staff", "offboard", "anna", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        var grants = Steps(r)["ops.grants"];
        Assert.True(grants.GetProperty("overdue").GetBoolean());
        Assert.Equal("ops access revoke audit.view --person anna", grants.GetProperty("command").GetString());
        store.Run("access", "revoke", "audit.view", "--person", "anna").ShouldSucceed();
        Assert.Equal(0, store.RunAs("dir", "staff", "offboard", "anna").ExitCode);
    }

    [Fact]
    public void After_the_last_day_access_has_ended_on_its_own()
    {
        using var store = Firm();
        store.Now = new DateTimeOffset(2026, 12, 2, 21, 0, 0, TimeSpan.Zero);   // 00:00 on 3 December in Moscow
        var steps = Steps(store.RunAs("dir", "staff", "offboard", "anna", "--format", "json").ShouldSucceed());
        Assert.Equal("done", steps["ops.access"].GetProperty("state").GetString());
    }

    [Fact]
    public void An_accountant_cannot_see_anyones_departure_plan_not_even_her_own_and_the_attempt_is_audited()
    {
        using var store = Firm();
        foreach (var target in new[] { "boris", "anna" })
        {
            var r = store.RunAs("anna", "staff", "offboard", target, "--format", "json");
            Assert.Equal(4, r.ExitCode);
            Assert.Empty(r.Out);
            Assert.Contains("staff.offboard", r.Err);
        }
        var denied = store.Run("audit", "list", "--action", "staff.offboard", "--format", "json").ShouldSucceed().Json().EnumerateArray();
        Assert.Equal(2, denied.Count(e => e.GetProperty("actor").GetString() == "anna" && e.GetProperty("result").GetString() == "denied"));
    }

    [Fact]
    public void A_team_scoped_grant_reaches_only_the_plans_of_that_team()
    {
        using var store = Firm();
        store.AddStaff("lead", "team-lead", team: "south");
        store.Run("access", "grant", "staff.offboard", "--role", "team-lead", "--scope", "team").ShouldSucceed();
        var r = store.RunAs("lead", "staff", "offboard", "anna");
        Assert.Equal(3, r.ExitCode);
        Assert.Empty(r.Out);
    }

    [Fact]
    public void Running_a_plan_is_audited_before_it_is_shown()
    {
        using var store = Firm();
        store.RunAs("dir", "staff", "offboard", "anna").ShouldSucceed();
        var events = store.Run("audit", "list", "--action", "staff.offboard", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        var e = Assert.Single(events);
        Assert.Equal("dir", e.GetProperty("actor").GetString());
        Assert.Contains("staff:anna", e.GetProperty("records").ToString());
    }

    [Fact]
    public void A_person_without_a_last_day_has_no_plan_and_is_told_how_to_record_one()
    {
        using var store = Firm();
        var r = store.RunAs("dir", "staff", "offboard", "boris");
        Assert.Equal(6, r.ExitCode);
        Assert.Contains("ops staff leave boris --last-day", r.Err);
        Assert.Equal(3, store.RunAs("dir", "staff", "offboard", "nobody").ExitCode);
    }
}
