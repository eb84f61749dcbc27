using System.Text.Json;
using Ops.Testing;

namespace Ops.Host.Tests;

public sealed class PluginStatusTests : IDisposable
{
    private readonly FixturePlugins _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    private OpsTestStore StoreWithAllFixtures()
    {
        _fixtures.Good().Throwing()
            .Variant("oldsdk", m => m["sdk"] = "[0.1.0, 0.9.0)")
            .Variant("needy", m => m["dependencies"] = JsonSerializer.SerializeToNode(new[] { new { id = "absent", version = "[1.0.0, )" } }))
            .Variant("escaper", m => m["entryAssembly"] = "../good/Ops.Fixtures.Good.dll")
            .Raw("broken", "{ this is not json");
        var store = OpsTestStore.Create(bundledPlugins: false, _fixtures.Root);
        store.AddStaff("anna", "accountant");
        return store;
    }

    private static Dictionary<string, (string Status, string Reason)> Statuses(OpsTestStore store) =>
        store.Run("plugins", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => (e.GetProperty("status").GetString()!, e.GetProperty("reason").GetString()!));

    [Fact]
    public void Each_fixture_plugin_is_reported_with_its_state_and_reason()
    {
        using var store = StoreWithAllFixtures();
        var s = Statuses(store);

        Assert.Equal("enabled", s["good"].Status);
        Assert.Equal("enabled", s["throwing"].Status); // cannot be known before it is loaded
        Assert.Equal("incompatible", s["oldsdk"].Status);
        Assert.Contains("[0.1.0, 0.9.0)", s["oldsdk"].Reason);
        Assert.Equal("dependency-missing", s["needy"].Status);
        Assert.Contains("'absent'", s["needy"].Reason);
        Assert.Equal("malformed", s["escaper"].Status);
        Assert.Contains("outside the plugin folder", s["escaper"].Reason);
        Assert.Equal("malformed", s["broken"].Status);
    }

    [Fact]
    public void A_plugin_that_throws_while_loading_fails_its_own_command_only()
    {
        using var store = StoreWithAllFixtures();

        var boom = store.Run("boom");
        Assert.Equal(7, boom.ExitCode);
        Assert.Contains("failed to load", boom.Err);
        Assert.Contains("fixture refuses to start", boom.Err);

        Assert.Contains("Greetings so far: 1", store.Run("hello").ShouldSucceed().Out);
        store.Run("staff", "list").ShouldSucceed();
    }

    [Fact]
    public void Help_lists_enabled_plugin_commands_from_manifests_and_hides_unusable_ones()
    {
        using var store = StoreWithAllFixtures();
        var help = store.Run("--help").ShouldSucceed().Out;

        Assert.Contains("hello", help);
        Assert.Contains("Say hello and count greetings", help);
        Assert.Contains("boom", help); // listed from its manifest: listing never loads it
        Assert.DoesNotContain("oldsdk-cmd", help);
        Assert.DoesNotContain("needy-cmd", help);
        Assert.DoesNotContain("escaper-cmd", help);
    }

    [Fact]
    public void Running_a_command_of_an_incompatible_plugin_says_why()
    {
        using var store = StoreWithAllFixtures();
        var result = store.Run("oldsdk-cmd");
        Assert.Equal(7, result.ExitCode);
        Assert.Contains("incompatible", result.Err);
        Assert.Contains("built for SDK [0.1.0, 0.9.0)", result.Err);
    }

    [Fact]
    public void A_disabled_plugin_disappears_from_help_and_its_command_says_how_to_enable_it()
    {
        using var store = StoreWithAllFixtures();
        store.Run("plugins", "disable", "good").ShouldSucceed();

        Assert.DoesNotContain("hello", store.Run("--help").ShouldSucceed().Out);
        Assert.Equal("disabled", Statuses(store)["good"].Status);
        var run = store.Run("hello");
        Assert.Equal(7, run.ExitCode);
        Assert.Contains("ops plugins enable good", run.Err);

        store.Run("plugins", "enable", "good").ShouldSucceed();
        store.Run("hello").ShouldSucceed();
    }

    [Fact]
    public void Plugins_installed_after_init_start_disabled()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false, _fixtures.Root);
        _fixtures.Good();
        Assert.Equal("disabled", Statuses(store)["good"].Status);
    }

    [Fact]
    public void Only_admins_may_enable_or_disable_plugins()
    {
        using var store = StoreWithAllFixtures();
        var result = store.RunAs("anna", "plugins", "disable", "good");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("plugins.manage", result.Err);
    }

    [Fact]
    public void Plugin_default_grants_are_seeded_on_enable_and_deny_others()
    {
        using var store = StoreWithAllFixtures();
        store.AddStaff("lead", "team-lead");
        store.RunAs("anna", "hello").ShouldSucceed();
        var denied = store.RunAs("lead", "hello");
        Assert.Equal(4, denied.ExitCode);
        Assert.Contains("no grant of good.greet to role team-lead", denied.Err);
    }

    [Fact]
    public void A_store_migrated_by_a_newer_plugin_version_refuses_the_older_one_with_both_versions_named()
    {
        using var store = StoreWithAllFixtures();
        store.Run("hello").ShouldSucceed();
        store.Sql("INSERT INTO ops_migrations VALUES ('good', 2, 'from_the_future', '2.0.0', '2026-12-01')");

        var result = store.Run("hello");
        Assert.Equal(7, result.ExitCode);
        Assert.Contains("plugin 'good' is at migration 2 (applied by version 2.0.0)", result.Err);
        Assert.Contains("1.2.0 knows only 1", result.Err);
        store.Run("staff", "list").ShouldSucceed();
    }
}
