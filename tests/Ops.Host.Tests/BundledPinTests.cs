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

    [Theory]
    [InlineData("docs")]   // attaches a prerequisite to clients.contacts: activated for every clients command
    [InlineData("pay")]    // an optional dependency of docs
    public void A_migration_planted_in_a_bundled_plugin_never_runs(string plugin)
    {
        _store.Run("clients", "list").ShouldSucceed();
        // SQL run as the plugin could, say, record an NDA signature nobody gave; the pins say the file is not theirs.
        File.WriteAllText(Bundled($"{plugin}/migrations/0099_planted.sql"), $"CREATE TABLE {plugin}_planted (x INTEGER);");

        var run = _store.Run("clients", "list");

        if (plugin == "docs") Assert.Equal(7, run.ExitCode);   // the prerequisite cannot be decided without it
        else run.ShouldSucceed();   // done without, as if disabled
        Assert.Equal(0, Count($"SELECT count(*) FROM sqlite_master WHERE name = '{plugin}_planted'"));
        Assert.Equal(0, Count($"SELECT count(*) FROM ops_migrations WHERE plugin = '{plugin}' AND name = 'planted'"));
        Assert.Equal("tampered", Status(plugin));
    }

    private long Count(string sql) => (long)_store.Scalar(sql)!;

    [Fact]
    public void A_bundled_dll_rewritten_in_place_with_its_size_and_mtime_kept_is_caught_after_a_cached_check()
    {
        _store.Run("pay", "--help").ShouldSucceed();   // hashes pay's files and keeps them in plugins/.hashes
        Assert.Contains("pay/Ops.Pay.dll", File.ReadAllText(Bundled(".hashes")));
        InPlaceEdit.FlipLastByteKeepingMtime(Bundled("pay/Ops.Pay.dll"));

        var run = _store.Run("pay", "--help");
        Assert.Equal(7, run.ExitCode);
        Assert.Contains("changed: Ops.Pay.dll", run.Err);
    }

    [Fact]
    public void A_hash_cache_others_can_write_is_ignored_so_a_forged_entry_cannot_hide_a_changed_dll()
    {
        _store.Run("pay", "--help").ShouldSucceed();
        var dll = Bundled("pay/Ops.Pay.dll");
        var pinned = CachedSha("pay/Ops.Pay.dll");
        using (var stream = File.Open(dll, FileMode.Append)) stream.WriteByte(0);
        // The forger records the changed file's new stamp under the pinned hash, in a cache anyone may write.
        var cache = Bundled(".hashes");
        File.WriteAllLines(cache, File.ReadAllLines(cache).Select(l => l.EndsWith(" pay/Ops.Pay.dll", StringComparison.Ordinal)
            ? $"{pinned} {Ops.Host.Config.FileOwner.Stat(dll)!.Value.Key} pay/Ops.Pay.dll" : l));
        File.SetUnixFileMode(cache, File.GetUnixFileMode(cache) | UnixFileMode.OtherWrite);

        Assert.Equal(7, _store.Run("pay", "--help").ExitCode);
    }

    [Fact]
    public void Plugins_verify_reads_every_file_again_whatever_the_cache_says()
    {
        _store.Run("pay", "--help").ShouldSucceed();
        var cache = Bundled(".hashes");
        var pinned = CachedSha("pay/Ops.Pay.dll");
        File.WriteAllText(cache, File.ReadAllText(cache).Replace(pinned, new string('0', 64), StringComparison.Ordinal));

        Assert.Equal(7, _store.Run("pay", "--help").ExitCode);   // the cache is what the command went by
        Assert.Contains("verified", _store.Run("plugins", "verify").ShouldSucceed().Out);
    }

    private string CachedSha(string relative) =>
        File.ReadAllLines(Bundled(".hashes")).Single(l => l.EndsWith(" " + relative, StringComparison.Ordinal)).Split(' ')[0];

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

    private const string ContactEmail = "ivan@alfa.ru";

    /// <summary>A client whose contacts anna (an accountant, assigned) may see only once she signs the NDA that docs requires.</summary>
    private void AnnaAssignedWithoutNda()
    {
        _store.AddStaff("anna", "accountant", team: "north");
        _store.Run("clients", "import", _store.WriteFile("firm.csv",
            $"inn,name,lead,contact_person,contact_emails\n7707083893,ООО Альфа,anna,Иван Петров,{ContactEmail}\n")).ShouldSucceed();
        var masked = _store.RunAs("anna", "clients", "list", "--format", "json").ShouldSucceed();
        Assert.DoesNotContain(ContactEmail, masked.Out);
        Assert.Contains("has not signed", masked.Err);
    }

    private void TamperDocsManifest(string how)
    {
        var manifest = Bundled("docs/plugin.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        switch (how)
        {
            case "drop the prerequisite": json.Remove("prerequisites"); break;
            case "take another id": json["id"] = "docs-old"; break;
            case "ask for another SDK": json["sdk"] = "[9.0.0, 10.0.0)"; break;
            case "stop parsing": File.WriteAllText(manifest, "{"); return;
            case "delete it": File.Delete(manifest); return;
        }
        File.WriteAllText(manifest, json.ToJsonString());
    }

    [Theory]
    [InlineData("drop the prerequisite")]
    [InlineData("take another id")]
    [InlineData("ask for another SDK")]
    [InlineData("stop parsing")]
    [InlineData("delete it")]
    public void Editing_docs_manifest_never_unmasks_contacts_without_the_nda(string how)
    {
        AnnaAssignedWithoutNda();
        TamperDocsManifest(how);   // each takes docs out of the decision if its unchecked manifest is believed

        foreach (var args in new[] { new[] { "clients", "list", "--format", "json" }, ["clients", "show", "7707083893"] })
        {
            var run = _store.RunAs("anna", args);
            Assert.Equal(7, run.ExitCode);
            Assert.DoesNotContain(ContactEmail, run.Out + run.Err);
            Assert.Contains("plugin 'docs' is enabled", run.Err);
            Assert.Contains("ops plugins disable docs", run.Err);
        }
    }

    [Fact]
    public void The_admin_can_still_see_and_disable_a_plugin_whose_manifest_was_edited()
    {
        AnnaAssignedWithoutNda();
        TamperDocsManifest("drop the prerequisite");

        Assert.Equal("tampered", Status("docs"));
        Assert.Contains("changed: plugin.json", _store.Run("plugins", "verify").Err);
        _store.Run("plugins", "disable", "docs").ShouldSucceed();
        // The firm chose to go without the NDA rule; only now do contacts follow the grants alone.
        Assert.Contains(ContactEmail, _store.RunAs("anna", "clients", "list", "--format", "json").ShouldSucceed().Out);
    }

    [Fact]
    public void The_risk_report_names_an_edited_manifest_once_as_high_instead_of_plugins_that_could_not_run_checks()
    {
        TamperDocsManifest("drop the prerequisite");

        var run = _store.Run("risk", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var findings = run.Json().GetProperty("findings").EnumerateArray().ToList();
        var manifest = Assert.Single(findings, f => f.GetProperty("check").GetString() == "ops.plugin-manifests");
        Assert.Equal("high", manifest.GetProperty("severity").GetString());
        Assert.Equal(["plugin:docs"], manifest.GetProperty("records").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("ops plugins disable docs", manifest.GetProperty("fix").GetString());
        Assert.DoesNotContain(findings, f => f.GetProperty("check").GetString()!.EndsWith(".checks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deleted_manifest_of_an_enabled_plugin_fails_plugins_verify_and_doctor()
    {
        TamperDocsManifest("delete it");   // discovery no longer finds docs at all

        var verify = _store.Run("plugins", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("docs: tampered", verify.Err);
        Assert.Contains("plugin.json is gone", verify.Err);
        var doctor = _store.Run("doctor");
        Assert.NotEqual(0, doctor.ExitCode);
        Assert.Contains("plugin.json is gone", doctor.Out + doctor.Err);
    }

    [Fact]
    public void An_edited_manifest_of_a_disabled_plugin_changes_no_decision()
    {
        _store.Run("plugins", "disable", "calls").ShouldSucceed();
        var manifest = Bundled("calls/plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest) + " ");

        _store.Run("clients", "list").ShouldSucceed();
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
