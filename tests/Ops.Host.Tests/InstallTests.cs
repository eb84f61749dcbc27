using System.IO.Compression;
using System.Text.Json;
using Ops.Testing;

namespace Ops.Host.Tests;

public sealed class InstallTests : IDisposable
{
    private readonly FixturePlugins _sources = new();
    private readonly OpsTestStore _store = OpsTestStore.Create(bundledPlugins: false);

    public void Dispose()
    {
        _store.Dispose();
        _sources.Dispose();
    }

    private string Source(string id) => Path.Combine(_sources.Root, id);

    private string Status(string id) =>
        _store.Run("plugins", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == id).GetProperty("status").GetString()!;

    [Fact]
    public void An_installed_plugin_is_enabled_and_its_command_runs()
    {
        _sources.Good();
        _store.Run("plugins", "install", Source("good")).ShouldSucceed();
        Assert.Equal("enabled", Status("good"));
        Assert.Contains("Greetings so far: 1", _store.Run("hello").ShouldSucceed().Out);
    }

    [Fact]
    public void A_changed_or_added_file_makes_the_plugin_tampered_until_reinstalled()
    {
        _sources.Good();
        _store.Run("plugins", "install", Source("good")).ShouldSucceed();
        var installed = Path.Combine(_store.InstalledPlugins, "good");
        File.AppendAllText(Path.Combine(installed, "plugin.json"), " ");

        Assert.Equal("tampered", Status("good"));
        var run = _store.Run("hello");
        Assert.Equal(7, run.ExitCode);
        Assert.Contains("tampered", run.Err);
        Assert.Contains("plugin.json", run.Err);
        Assert.Equal(1, _store.Run("plugins", "verify").ExitCode);

        _store.Run("plugins", "upgrade", "good", "--from", Source("good")).ShouldSucceed();
        _store.Run("hello").ShouldSucceed();

        File.WriteAllText(Path.Combine(installed, "extra.dll"), "not really");
        Assert.Equal("tampered", Status("good"));
    }

    [Fact]
    public void Dropping_the_nda_prerequisite_from_an_installed_manifest_never_unmasks_contacts()
    {
        foreach (var id in new[] { "clients", "docs" })
            _store.Run("plugins", "install", Path.Combine(OpsTestStore.HostOutDir, "plugins", id)).ShouldSucceed();
        _store.AddStaff("anna", "accountant");
        _store.Run("clients", "import", _store.WriteFile("firm.csv",
            "inn,name,lead,contact_person,contact_emails\n7707083893,ООО Альфа,anna,Иван Петров,ivan@alfa.ru\n")).ShouldSucceed();
        Assert.DoesNotContain("ivan@alfa.ru", _store.RunAs("anna", "clients", "list").ShouldSucceed().Out);

        var manifest = Path.Combine(_store.InstalledPlugins, "docs", "plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"prerequisites\": [ \"clients.contacts\" ],", "", StringComparison.Ordinal));

        var run = _store.RunAs("anna", "clients", "list");
        Assert.Equal(7, run.ExitCode);
        Assert.DoesNotContain("ivan@alfa.ru", run.Out + run.Err);
        Assert.Contains("ops plugins upgrade docs --from PATH", run.Err);
    }

    [Fact]
    public void An_installed_dll_rewritten_in_place_with_its_size_and_mtime_kept_is_caught_after_a_cached_check()
    {
        _sources.Good();
        _store.Run("plugins", "install", Source("good")).ShouldSucceed();
        _store.Run("hello").ShouldSucceed();   // hashes its files and keeps them in the installed plugins' .hashes
        Assert.Contains("good/Ops.Fixtures.Good.dll", File.ReadAllText(Path.Combine(_store.InstalledPlugins, ".hashes")));
        InPlaceEdit.FlipLastByteKeepingMtime(Path.Combine(_store.InstalledPlugins, "good", "Ops.Fixtures.Good.dll"));

        var run = _store.Run("hello");
        Assert.Equal(7, run.ExitCode);
        Assert.Contains("Ops.Fixtures.Good.dll", run.Err);
    }

    [Fact]
    public void Installing_a_conflicting_plugin_is_refused_with_the_reason()
    {
        _sources.Good()
            .Variant("clash", m => m["commands"] = JsonSerializer.SerializeToNode(new[] { new { name = "hello", help = "x" } }))
            .Variant("future", m => m["sdk"] = "[2.0.0, 3.0.0)")
            .Variant("lonely", m => m["dependencies"] = JsonSerializer.SerializeToNode(new[] { new { id = "absent", version = "[1.0.0, )" } }))
            .Variant("hostile", m => m["commands"] = JsonSerializer.SerializeToNode(new[] { new { name = "staff", help = "x" } }));
        _store.Run("plugins", "install", Source("good")).ShouldSucceed();

        AssertRefused(_store.Run("plugins", "install", Source("good")), "already installed");
        AssertRefused(_store.Run("plugins", "install", Source("clash")), "already provided by plugin 'good'");
        AssertRefused(_store.Run("plugins", "install", Source("future")), "built for SDK [2.0.0, 3.0.0)");
        AssertRefused(_store.Run("plugins", "install", Source("lonely")), "needs 'absent'");
        AssertRefused(_store.Run("plugins", "install", Source("hostile")), "host command");
        Assert.False(Directory.Exists(Path.Combine(_store.InstalledPlugins, "clash")));
    }

    [Fact]
    public void A_package_installs_and_removing_it_leaves_no_files()
    {
        _sources.Good();
        var package = Path.Combine(_store.Directory, "good.1.2.0.nupkg");
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Create))
            foreach (var file in Directory.EnumerateFiles(Source("good"), "*", SearchOption.AllDirectories))
                zip.CreateEntryFromFile(file, "plugin/" + Path.GetRelativePath(Source("good"), file).Replace('\\', '/'));

        _store.Run("plugins", "install", package).ShouldSucceed();
        _store.Run("hello").ShouldSucceed();
        _store.Run("plugins", "remove", "good").ShouldSucceed();
        Assert.False(Directory.Exists(Path.Combine(_store.InstalledPlugins, "good")));
        Assert.NotEqual(0, _store.Run("hello").ExitCode);
    }

    [Fact]
    public void A_package_with_a_path_escaping_its_folder_is_refused()
    {
        _sources.Good();
        var package = Path.Combine(_store.Directory, "evil.nupkg");
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Create))
        {
            foreach (var file in Directory.EnumerateFiles(Source("good")))
                zip.CreateEntryFromFile(file, "plugin/" + Path.GetFileName(file));
            using var w = new StreamWriter(zip.CreateEntry("plugin/../../escaped.txt").Open());
            w.Write("x");
        }
        var result = _store.Run("plugins", "install", package);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("outside the plugin folder", result.Err);
        Assert.False(File.Exists(Path.Combine(_store.Directory, "escaped.txt")));
    }

    [Fact]
    public void A_downgrade_is_refused()
    {
        _sources.Good().Variant("older", m => { m["id"] = "good"; m["version"] = "1.0.0"; m["commands"] = JsonSerializer.SerializeToNode(new[] { new { name = "hello", help = "x" } }); });
        _store.Run("plugins", "install", Source("good")).ShouldSucceed();
        AssertRefused(_store.Run("plugins", "upgrade", "good", "--from", Source("older")), "older than the installed 1.2.0");
    }

    private static void AssertRefused(OpsResult result, string reason)
    {
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(reason, result.Err);
    }
}
