using Ops.Testing;

[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]

namespace Ops.Host.Tests;

public sealed class StoreTests
{
    [Fact]
    public void Init_creates_a_store_readable_by_its_owner_only_and_makes_the_os_user_admin()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.DbPath));
        var me = store.Run("staff", "show", "admin", "--format", "json").ShouldSucceed().Json();
        Assert.Equal("admin", me.GetProperty("role").GetString());
    }

    [Fact]
    public void Init_refuses_to_overwrite_an_existing_store()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var again = store.Run("init");
        Assert.Equal(6, again.ExitCode);
        Assert.Contains("already exists", again.Err);
    }

    [Fact]
    public void Commands_without_a_store_say_how_to_create_one()
    {
        using var store = OpsTestStore.Empty(bundledPlugins: false);
        var result = store.Run("staff", "list");
        Assert.Equal(7, result.ExitCode);
        Assert.Contains("ops init", result.Err);
    }

    [Fact]
    public void A_store_migrated_by_newer_code_is_refused_with_the_versions_named()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.Sql("INSERT INTO ops_migrations VALUES ('ops', 99, 'future', '9.0.0', '2030-01-01')");
        var result = store.Run("staff", "list");
        Assert.Equal(7, result.ExitCode);
        Assert.Contains("migration 99", result.Err);
        Assert.Contains("9.0.0", result.Err);
    }

    [Fact]
    public void Db_flag_beats_the_environment_variable()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var other = Path.Combine(store.Directory, "other.db");
        store.Run("--db", other, "init").ShouldSucceed();
        Assert.True(File.Exists(other));
        store.Run("--db", other, "staff", "add", "zoe", "--name", "Zoe", "--role", "accountant").ShouldSucceed();
        Assert.Equal(3, store.Run("staff", "show", "zoe").ExitCode);
    }

    [Fact]
    public void Backup_makes_a_usable_copy_and_never_overwrites()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var elsewhere = Directory.CreateDirectory(Path.Combine(store.Directory, "backups")).FullName;
        var copy = Path.Combine(elsewhere, "backup.db");
        store.Run("db", "backup", copy).ShouldSucceed();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(copy));
        store.Run("--db", copy, "staff", "show", "admin").ShouldSucceed();
        Assert.Equal(6, store.Run("db", "backup", copy).ExitCode);
        Assert.Equal(5, store.Run("db", "backup", Path.Combine(Path.GetDirectoryName(store.DbPath)!, "beside.db")).ExitCode);
    }

    [Fact]
    public void Check_passes_on_a_sound_store_and_fails_on_a_broken_chain()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        Assert.Contains("store OK", store.Run("db", "check").ShouldSucceed().Out);
        store.Sql("UPDATE ops_audit SET actor = 'mallory' WHERE id = 1");
        var result = store.Run("db", "check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("audit chain broken at event 1", result.Err);
    }

    [Fact]
    public void Status_lists_each_owner_with_applied_and_known_migrations()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var rows = store.Run("db", "status", "--format", "json").ShouldSucceed().Json();
        var host = rows.EnumerateArray().Single(r => r.GetProperty("owner").GetString() == "ops");
        Assert.Equal("up to date", host.GetProperty("state").GetString());
    }

    [Fact]
    public void Firm_profile_round_trips_cyrillic_and_refuses_a_bad_inn()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.Run("firm", "set", "--name", "ООО «Бухэксперт»", "--inn", "7707083893", "--address", "г. Москва, ул. Тверская, д. 1").ShouldSucceed();
        var firm = store.Run("firm", "show", "--format", "json").ShouldSucceed().Json();
        Assert.Equal("ООО «Бухэксперт»", firm.GetProperty("name").GetString());

        var bad = store.Run("firm", "set", "--inn", "7707083894", "--name", "Другое");
        Assert.Equal(5, bad.ExitCode);
        Assert.Contains("check digit", bad.Err);
        Assert.Equal("ООО «Бухэксперт»", store.Run("firm", "show", "--format", "json").Json().GetProperty("name").GetString());
    }
}
