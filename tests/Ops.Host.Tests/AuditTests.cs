using Ops.Testing;

namespace Ops.Host.Tests;

public sealed class AuditTests
{
    private static OpsTestStore StoreWithEvents(TestEngine engine = TestEngine.Sqlite)
    {
        var store = OpsTestStore.Create(engine, bundledPlugins: false);
        store.AddStaff("anna", "accountant");
        store.AddStaff("boris", "accountant");
        store.Run("staff", "update", "anna", "--team", "north").ShouldSucceed();
        return store;
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_intact_chain_verifies(TestEngine engine)
    {
        using var store = StoreWithEvents(engine);
        Assert.Contains("audit chain intact: 4 events", store.Run("audit", "verify").ShouldSucceed().Out);
    }

    // The hashed text prefixes each field with its length in UTF-16 units; a store file is verified from its UTF-8
    // bytes, where Cyrillic takes two bytes a letter and an emoji four bytes for two units.
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_chain_with_Cyrillic_and_emoji_in_its_events_verifies_and_an_edit_of_one_letter_is_named(TestEngine engine)
    {
        using var store = StoreWithEvents(engine);
        store.Run("staff", "update", "boris", "--team", "Ёлки 🎄").ShouldSucceed();   // the command line is audited
        Assert.Contains("audit chain intact: 5 events", store.Run("audit", "verify").ShouldSucceed().Out);

        store.Sql("UPDATE ops_audit SET command = replace(command, 'Ёлки', 'Елки') WHERE id = 5");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BROKEN at event 5", result.Err);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_edited_event_is_named(TestEngine engine)
    {
        using var store = StoreWithEvents(engine);
        store.Sql("UPDATE ops_audit SET records = '[]' WHERE id = 3");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BROKEN at event 3", result.Err);
        Assert.Contains("edited", result.Err);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_deleted_event_is_named(TestEngine engine)
    {
        using var store = StoreWithEvents(engine);
        store.Sql("DELETE FROM ops_audit WHERE id = 2");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("event 3", result.Err);
        Assert.Contains("deleted", result.Err);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Events_cut_off_the_end_are_detected(TestEngine engine)
    {
        using var store = StoreWithEvents(engine);
        store.Sql("DELETE FROM ops_audit WHERE id = 4");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("deleted", result.Err);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_forged_event_with_a_recomputed_position_breaks_the_link(TestEngine engine)
    {
        using var store = StoreWithEvents(engine);
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
