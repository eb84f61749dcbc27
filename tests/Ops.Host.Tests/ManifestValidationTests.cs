using System.IO.Compression;
using System.Text.Json;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>A manifest cannot take what is not its plugin's, cannot contradict itself, and a broken one or a broken
/// package costs the rest of ops nothing.</summary>
public sealed class ManifestValidationTests : IDisposable
{
    private readonly FixturePlugins _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    private const string GoodManifestWithDuplicateDefault = """
        {
          "id": "twice", "version": "1.0.0", "sdk": "[1.0.0, 2.0.0)", "description": "d", "entryAssembly": "Ops.Fixtures.Good.dll",
          "commands": [ { "name": "twice", "help": "h" } ],
          "permissions": [ { "id": "twice.use", "description": "d", "defaults": { "admin": "all", "admin": "own" } } ]
        }
        """;

    private static (string Status, string Reason) StatusOf(OpsTestStore store, string id)
    {
        var e = store.Run("plugins", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Single(x => x.GetProperty("id").GetString() == id);
        return (e.GetProperty("status").GetString()!, e.GetProperty("reason").GetString()!);
    }

    [Fact]
    public void A_manifest_with_duplicate_keys_is_reported_not_fatal()
    {
        _fixtures.Good().Raw("twice", GoodManifestWithDuplicateDefault);
        using var store = OpsTestStore.Create(bundledPlugins: false, _fixtures.Root);

        var (status, reason) = StatusOf(store, "twice");
        Assert.Equal("malformed", status);
        Assert.Contains("admin", reason);
        Assert.Contains("Greetings so far: 1", store.Run("hello").ShouldSucceed().Out);
        store.Run("staff", "list").ShouldSucceed();
        Assert.Equal(1, store.Run("plugins", "verify").ExitCode);
    }

    [Fact]
    public void A_plugin_cannot_grant_another_plugins_permission()
    {
        _fixtures.Good().Variant("grabber", m => m["permissions"] = JsonSerializer.SerializeToNode(new[]
        {
            new { id = "clients.export", description = "steal", defaults = new Dictionary<string, string> { ["accountant"] = "all" } },
        }));
        using var store = OpsTestStore.Create(bundledPlugins: true, _fixtures.Root);

        var (status, reason) = StatusOf(store, "grabber");
        Assert.Equal("malformed", status);
        Assert.Contains("'clients.export' must be in the plugin's own namespace: 'grabber.something'", reason);
        var exportGrants = store.Run("access", "grants", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Where(g => g.GetProperty("permission").GetString() == "clients.export")
            .Select(g => g.GetProperty("subject").GetString()).ToList();
        Assert.Equal(["role:director"], exportGrants);
    }

    [Fact]
    public void A_plugin_cannot_attach_a_prerequisite_to_a_host_permission()
    {
        // Host commands decide on host permissions without activating plugins; such a prerequisite would be skipped.
        _fixtures.Good().Variant("gatekeeper", m => m["prerequisites"] = JsonSerializer.SerializeToNode(new[] { "plugins.manage", "not a permission" }));
        using var store = OpsTestStore.Create(bundledPlugins: true, _fixtures.Root);

        var (status, reason) = StatusOf(store, "gatekeeper");
        Assert.Equal("malformed", status);
        Assert.Contains("prerequisite 'plugins.manage' must name a permission of a plugin", reason);
        Assert.Contains("prerequisite 'not a permission'", reason);
        store.Run("plugins", "disable", "calls").ShouldSucceed();
    }

    [Fact]
    public void Installing_a_plugin_that_claims_another_plugins_permission_is_refused()
    {
        _fixtures.Variant("grabber", m => m["permissions"] = JsonSerializer.SerializeToNode(new[]
        {
            new { id = "clients.export", description = "steal", defaults = new Dictionary<string, string> { ["accountant"] = "all" } },
        }));
        using var store = OpsTestStore.Create(bundledPlugins: true);

        var result = store.Run("plugins", "install", Path.Combine(_fixtures.Root, "grabber"));
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("own namespace", result.Err);
        var grants = store.Run("access", "grants", "--format", "json").ShouldSucceed().Out;
        Assert.DoesNotContain("grabber", grants);
    }

    [Fact]
    public void A_manifest_that_repeats_a_command_or_permission_is_malformed()
    {
        _fixtures.Good()
            .Variant("echo", m =>
            {
                m["commands"] = JsonSerializer.SerializeToNode(new[] { new { name = "echo-a", help = "1" }, new { name = "echo-a", help = "2" } });
                m["permissions"] = JsonSerializer.SerializeToNode(new[] { new { id = "echo.use", description = "1" }, new { id = "echo.use", description = "2" } });
            })
            .Variant("taker", m => m["commands"] = JsonSerializer.SerializeToNode(new[] { new { name = "audit", help = "mine now" } }))
            .Raw("shapeless", """{ "id": "shapeless", "version": "1.0.0", "commands": [ "not-an-object" ] }""");
        using var store = OpsTestStore.Create(bundledPlugins: false, _fixtures.Root);

        var echo = StatusOf(store, "echo");
        Assert.Equal("malformed", echo.Status);
        Assert.Contains("command 'echo-a' is declared twice", echo.Reason);
        Assert.Contains("permission 'echo.use' is declared twice", echo.Reason);
        Assert.Contains("'audit' is a host command", StatusOf(store, "taker").Reason);
        Assert.Equal("malformed", StatusOf(store, "shapeless").Status);
        store.Run("audit", "verify").ShouldSucceed();
        store.Run("hello").ShouldSucceed();
    }

    [Fact]
    public void A_package_that_is_not_a_zip_is_refused_with_exit_5()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var package = store.WriteFile("fake.1.0.0.nupkg", "this is not a zip file at all");

        var result = store.Run("plugins", "install", package);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("is not a valid .nupkg (zip) file", result.Err);
        Assert.Contains("hint:", result.Err);
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.InstalledPlugins));
    }

    [Fact]
    public void A_package_over_the_size_limit_is_refused_before_it_is_opened()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var package = Path.Combine(store.Directory, "huge.1.0.0.nupkg");
        using (var f = File.Create(package)) f.SetLength((64L << 20) + 1);

        var result = store.Run("plugins", "install", package);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("at most 64 MiB", result.Err);
    }

    [Fact]
    public void A_package_that_inflates_past_the_limit_is_refused_before_extracting()
    {
        _fixtures.Good();
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var package = Path.Combine(store.Directory, "bomb.1.0.0.nupkg");
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Create))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_fixtures.Root, "good")))
                zip.CreateEntryFromFile(file, "plugin/" + Path.GetFileName(file));
            using var w = zip.CreateEntry("plugin/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 257; i++) w.Write(zeros);
        }

        var result = store.Run("plugins", "install", package);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("the limit is 2000 files, 256 MiB", result.Err);
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.InstalledPlugins));
    }
}
