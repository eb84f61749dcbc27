using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>A host permission added in a later version gets its default grants in stores made before it, at the first
/// run after the upgrade; a default an admin revoked is never granted again.</summary>
public sealed class HostDefaultGrantTests
{
    private static HashSet<string> Grants(OpsTestStore store) =>
        store.Run("access", "grants", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Select(g => $"{g.GetProperty("subject").GetString()} {g.GetProperty("permission").GetString()}").ToHashSet();

    /// <summary>Turns the store into one made by a host without calendar.manage, upgraded since: no record of seeding,
    /// the calendar migration applied after init, calendar.manage never granted; and the admin once revoked the
    /// accountants' audit.view.</summary>
    private static OpsTestStore StoreFromAnEarlierHost()
    {
        var store = OpsTestStore.Create(bundledPlugins: false);
        store.Sql("""
            DELETE FROM ops_store_settings WHERE key LIKE 'seeded:%' OR key = 'host_defaults_recorded';
            DELETE FROM ops_grants WHERE permission = 'calendar.manage';
            DELETE FROM ops_grants WHERE subject = 'role:accountant' AND permission = 'audit.view';
            UPDATE ops_migrations SET applied_at = '2026-06-01 09:00:00+00:00' WHERE plugin = 'ops' AND version = 6;
            """);
        return store;
    }

    [Fact]
    public void A_permission_added_by_an_upgrade_gets_its_default_grants_in_an_existing_store()
    {
        using var store = StoreFromAnEarlierHost();
        var grants = Grants(store);
        Assert.Contains("role:admin calendar.manage", grants);
        Assert.Contains("role:director calendar.manage", grants);
        var seeded = Assert.Single(store.Run("audit", "list", "--action", "access.grant", "--format", "json").ShouldSucceed().Json().EnumerateArray());
        Assert.Contains("calendar.manage", seeded.GetProperty("details").GetString());
        Assert.Equal("ops", seeded.GetProperty("actor").GetString());
    }

    [Fact]
    public void A_default_grant_an_admin_revoked_is_never_granted_again()
    {
        using var store = StoreFromAnEarlierHost();
        Assert.DoesNotContain("role:accountant audit.view", Grants(store));   // revoked before the upgrade

        store.Run("access", "revoke", "calendar.manage", "--role", "director").ShouldSucceed();   // revoked after it
        store.Run("staff", "list").ShouldSucceed();
        var grants = Grants(store);
        Assert.DoesNotContain("role:director calendar.manage", grants);
        Assert.DoesNotContain("role:accountant audit.view", grants);
        Assert.Single(store.Run("audit", "list", "--action", "access.grant", "--format", "json").ShouldSucceed().Json().EnumerateArray());
    }

    [Fact]
    public void A_new_store_records_every_default_it_seeded_and_seeds_nothing_later()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.Run("access", "revoke", "risk.view", "--role", "partner").ShouldSucceed();
        store.Run("staff", "list").ShouldSucceed();
        Assert.DoesNotContain("role:partner risk.view", Grants(store));
        Assert.Empty(store.Run("audit", "list", "--action", "access.grant", "--format", "json").ShouldSucceed().Json().EnumerateArray());
    }
}
