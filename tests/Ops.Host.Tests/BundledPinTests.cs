using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>The plugins shipped beside <c>ops</c> are pinned by the hashes the host build embedded in ops.dll.
/// Each test runs on a copy of the built host folder, so the repository's own build stays untouched.</summary>
public sealed class BundledPinTests : IDisposable
{
    private readonly string _app = Path.Combine(Path.GetTempPath(), "ops-app-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly OpsTestStore _store;

    public BundledPinTests()
    {
        CopyFolder(OpsTestStore.HostOutDir, _app);
        _store = OpsTestStore.Create();
        _store.AppDirectory = _app;
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_app, recursive: true);
    }

    private string Bundled(string relative) => Path.Combine(_app, "plugins", relative);

    private string Status(string id) =>
        _store.Run("plugins", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == id).GetProperty("status").GetString()!;

    [Fact]
    public void The_bundled_plugins_as_built_pass_verification()
    {
        Assert.Contains("verified", _store.Run("plugins", "verify").ShouldSucceed().Out);
        Assert.Equal("enabled", Status("pay"));
    }

    [Fact]
    public void A_changed_bundled_plugin_is_not_loaded()
    {
        using (var dll = File.Open(Bundled("pay/Ops.Pay.dll"), FileMode.Append)) dll.WriteByte(0);   // still a loadable assembly

        Assert.Equal("tampered", Status("pay"));
        var run = _store.Run("pay", "plans", "list");
        Assert.Equal(7, run.ExitCode);
        Assert.Contains("tampered", run.Err);
        Assert.Contains("Ops.Pay.dll", run.Err);
        _store.Run("clients", "list").ShouldSucceed();   // the rest keep working

        var verify = _store.Run("plugins", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("pay: tampered", verify.Err);
        var doctor = _store.Run("doctor");
        Assert.NotEqual(0, doctor.ExitCode);
        Assert.Contains("pay: tampered", doctor.Out + doctor.Err);
    }

    [Fact]
    public void A_changed_bundled_manifest_fails_plugins_verify()
    {
        var manifest = Bundled("docs/plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"description\": \"", "\"description\": \"Trusted. ", StringComparison.Ordinal));

        var verify = _store.Run("plugins", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("docs: tampered", verify.Err);
        Assert.Contains("changed: plugin.json", verify.Err);
        Assert.Equal(7, _store.Run("docs", "list").ExitCode);
    }

    [Fact]
    public void A_plugin_dropped_beside_ops_is_not_loaded()
    {
        using var sources = new FixturePlugins().Good();
        CopyFolder(Path.Combine(sources.Root, "good"), Bundled("good"));

        Assert.Equal("tampered", Status("good"));
        Assert.Contains("not built with it", _store.Run("plugins", "verify").Err);
        Assert.Equal(7, _store.Run("hello").ExitCode);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
