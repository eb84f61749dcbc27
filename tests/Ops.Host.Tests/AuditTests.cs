using Ops.Testing;

namespace Ops.Host.Tests;

public sealed class AuditTests
{
    private static OpsTestStore StoreWithEvents()
    {
        var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("anna", "accountant");
        store.AddStaff("boris", "accountant");
        store.Run("staff", "update", "anna", "--team", "north").ShouldSucceed();
        return store;
    }

    [Fact]
    public void An_intact_chain_verifies()
    {
        using var store = StoreWithEvents();
        Assert.Contains("audit chain intact: 4 events", store.Run("audit", "verify").ShouldSucceed().Out);
    }

    [Fact]
    public void An_edited_event_is_named()
    {
        using var store = StoreWithEvents();
        store.Sql("UPDATE ops_audit SET records = '[]' WHERE id = 3");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BROKEN at event 3", result.Err);
        Assert.Contains("edited", result.Err);
    }

    [Fact]
    public void A_deleted_event_is_named()
    {
        using var store = StoreWithEvents();
        store.Sql("DELETE FROM ops_audit WHERE id = 2");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("event 3", result.Err);
        Assert.Contains("deleted", result.Err);
    }

    [Fact]
    public void Events_cut_off_the_end_are_detected()
    {
        using var store = StoreWithEvents();
        store.Sql("DELETE FROM ops_audit WHERE id = 4");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("deleted", result.Err);
    }

    [Fact]
    public void A_forged_event_with_a_recomputed_position_breaks_the_link()
    {
        using var store = StoreWithEvents();
        store.Sql("UPDATE ops_audit SET prev_hash = (SELECT hash FROM ops_audit WHERE id = 1) WHERE id = 3");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("event 3", result.Err);
    }

    [Fact]
    public void Audit_list_filters_by_actor_and_action()
    {
        using var store = StoreWithEvents();
        var rows = store.Run("audit", "list", "--action", "staff.add", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(2, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("staff.add", r.GetProperty("action").GetString()));
    }

    [Fact]
    public void An_accountant_sees_only_their_own_events()
    {
        using var store = StoreWithEvents();
        store.RunAs("anna", "staff", "list").ShouldSucceed();
        store.RunAs("anna", "--as", "boris", "staff", "list"); // refused, and audited as anna
        var rows = store.RunAs("anna", "audit", "list", "--format", "json").ShouldSucceed().Json();
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("anna", r.GetProperty("actor").GetString()));
        Assert.True(rows.GetArrayLength() >= 1);
    }
}
