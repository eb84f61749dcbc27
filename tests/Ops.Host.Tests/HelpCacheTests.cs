using System.Text.Json.Nodes;
using Ops.Host.Catalog;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>The top-level help takes the plugins' commands from the help cache beside the store only while they were
/// read for the enabled set the start-up cache holds and the plugin folders and manifests are as the cache saw them,
/// and only from a cache nobody else could have written. Each test first shows the cache in use — a line changed in it
/// reaches the help page — so that it can fail.</summary>
public sealed class HelpCacheTests
{
    private const string Planted = "command hello\tA text only the cache holds";

    [Fact]
    public void Help_takes_a_plugins_commands_from_the_cache_until_its_manifest_changes()
    {
        using var plugins = new FixturePlugins().Good();
        using var store = Cached(plugins);

        var manifest = Path.Combine(plugins.Root, "good", "plugin.json");
        var edited = JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        edited["commands"] = new JsonArray(new JsonObject { ["name"] = "hello", ["help"] = "Say hello, as the new manifest says" });
        File.WriteAllText(manifest, edited.ToJsonString());

        var help = Help(store);
        Assert.Matches(@"\n  hello +Say hello, as the new manifest says\n", help);
        Assert.Contains("command hello\tSay hello, as the new manifest says", File.ReadAllText(CacheOf(store)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_folder_removed_or_added_is_seen_at_once()
    {
        using var plugins = new FixturePlugins().Good();
        using var store = Cached(plugins);

        Directory.Delete(Path.Combine(plugins.Root, "good"), recursive: true);
        var help = Help(store);
        Assert.DoesNotContain("hello", help, StringComparison.Ordinal);

        plugins.Good();   // back, as a new folder
        Assert.Matches(@"\n  hello +Say hello and count greetings\n", Help(store));
    }

    [Fact]
    public void Disabling_a_plugin_drops_its_commands_from_help()
    {
        using var plugins = new FixturePlugins().Good();
        using var store = Cached(plugins);

        store.Run("plugins", "disable", "good").ShouldSucceed();
        Assert.DoesNotContain("hello", Help(store), StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_cached_for_another_enabled_set_are_not_used()
    {
        using var plugins = new FixturePlugins().Good();
        using var store = Cached(plugins);

        // What a help that raced `ops plugins disable good` leaves: the enabled set moved on, the commands did not.
        var enabledSet = EnabledSetCache.PathFor(store.DbPath);
        File.WriteAllLines(enabledSet, File.ReadAllLines(enabledSet).Where(l => l != "good"));
        Assert.DoesNotContain("hello", Help(store), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_others_could_write_is_not_used()
    {
        using var plugins = new FixturePlugins().Good();
        using var store = Cached(plugins);

        File.SetUnixFileMode(CacheOf(store), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite);
        var help = Help(store);
        Assert.DoesNotContain("A text only the cache holds", help, StringComparison.Ordinal);
        Assert.Matches(@"\n  hello +Say hello and count greetings\n", help);
    }

    /// <summary>A store with the good plugin enabled and its help cached, the cached line for its command replaced by
    /// <see cref="Planted"/> and shown to reach the help page.</summary>
    private static OpsTestStore Cached(FixturePlugins plugins)
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("the cache's stamps are Linux's stat");
        var store = OpsTestStore.Create(bundledPlugins: false, plugins.Root);
        store.Run("plugins", "enable", "good").ShouldSucceed();
        Assert.Matches(@"\n  hello +Say hello and count greetings\n", Help(store));

        var cache = CacheOf(store);
        var lines = File.ReadAllLines(cache);
        Assert.Contains("command hello\tSay hello and count greetings", lines);
        File.WriteAllLines(cache, lines.Select(l => l.StartsWith("command hello\t", StringComparison.Ordinal) ? Planted : l));
        Assert.Matches(@"\n  hello +A text only the cache holds\n", Help(store));
        return store;
    }

    private static string Help(OpsTestStore store) => store.Run("--help").ShouldSucceed().Out;

    private static string CacheOf(OpsTestStore store) => HelpCache.PathFor(store.DbPath);
}
