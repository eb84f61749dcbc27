using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>A configured server (ops.conf) in-process, with a fixed user database: the rules that decide who acts
/// and what a caller may name. The real thing, with real users and sudo, is ServerInstallTests.</summary>
public sealed class ConfiguredServerTests
{
    private const int AdminUid = 1000, AnnaUid = 1001;

    private static OpsTestStore Server(string? serviceLogin = null)
    {
        if (Environment.UserName != "root") Assert.Skip("ops.conf is trusted only when root owns it: run the tests as root");
        var store = OpsTestStore.Empty(bundledPlugins: false);
        store.ConfigureAsServer(serviceLogin: serviceLogin);
        store.Sudo("admin", AdminUid, "init", "--name", "Admin").ShouldSucceed();
        store.Sudo("admin", AdminUid, "staff", "add", "anna", "--name", "Анна", "--role", "accountant", "--team", "north").ShouldSucceed();
        return store;
    }

    [Fact]
    public void Through_sudo_the_actor_is_the_sudo_caller()
    {
        using var store = Server();
        var me = store.Sudo("anna", AnnaUid, "staff", "list", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(["anna"], me.EnumerateArray().Select(e => e.GetProperty("login").GetString()));
    }

    [Fact]
    public void A_person_running_ops_herself_on_a_server_is_told_to_use_sudo()
    {
        using var store = Server();
        store.OsUsers["anna"] = AnnaUid;
        store.OsUid = AnnaUid;
        var result = store.RunAs("anna", "clients", "list");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("use: sudo -u ops ops clients list", result.Err);
    }

    [Theory]
    [InlineData("OPS_DB", "/tmp/mine.db")]
    [InlineData("OPS_NOW", "2020-01-01T00:00:00Z")]
    [InlineData("OPS_OS_LOGIN", "admin")]
    [InlineData("OPS_PLUGIN_PATH", "/tmp/my-plugins")]
    public void A_variable_naming_another_store_clock_identity_or_plugin_folder_is_refused_and_audited(string variable, string value)
    {
        using var store = Server();
        store.Environment[variable] = value;
        var result = store.Sudo("anna", AnnaUid, "staff", "list");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains(variable + " refused", result.Err);
        store.Environment.Remove(variable);
        var refused = store.Sudo("admin", AdminUid, "audit", "list", "--action", "access.refused", "--format", "json").ShouldSucceed().Json();
        Assert.Equal("anna", refused.EnumerateArray().Single().GetProperty("actor").GetString());
    }

    [Fact]
    public void Db_option_is_refused_on_a_server_which_has_no_demo()
    {
        using var store = Server();
        var other = Path.Combine(store.Directory, "mine.db");
        var db = store.Sudo("anna", AnnaUid, "--db", other, "init");
        Assert.Equal(4, db.ExitCode);
        Assert.Contains("--db refused", db.Err);
        Assert.False(File.Exists(other));
        var demo = store.Sudo("anna", AnnaUid, "demo", "--out", Path.Combine(store.Directory, "demo"));
        Assert.Equal(2, demo.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(store.Directory, "demo")));
    }

    [Fact]
    public void A_configuration_others_can_write_is_refused()
    {
        using var store = Server();
        File.SetUnixFileMode(store.ConfigPath!, File.GetUnixFileMode(store.ConfigPath!) | UnixFileMode.OtherWrite);
        var result = store.Sudo("anna", AnnaUid, "staff", "list");
        Assert.Equal(7, result.ExitCode);
        Assert.Contains("must be owned by root and writable by root only", result.Err);
        Assert.Contains("others can change it", result.Err);   // the doctor's words: one check for both
        Assert.Contains($"chmod go-w {store.ConfigPath}", result.Err);
    }

    [Fact]
    public void The_service_account_without_sudo_acts_as_the_service_login_or_is_refused()
    {
        using var store = Server();
        var refused = store.RunAs("ops", "staff", "list");
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("service_login", refused.Err);

        using var cron = Server(serviceLogin: "admin");
        var list = cron.RunAs("ops", "staff", "list", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(2, list.GetArrayLength());
    }

    [Fact]
    public void A_server_never_creates_or_opens_a_sandbox_store()
    {
        if (Environment.UserName != "root") Assert.Skip("ops.conf is trusted only when root owns it: run the tests as root");
        using var store = OpsTestStore.Empty(bundledPlugins: false);
        store.Run("init", "--sandbox", "--name", "Admin").ShouldSucceed();
        store.ConfigureAsServer();
        var result = store.Sudo("admin", AdminUid, "staff", "list");
        Assert.Equal(7, result.ExitCode);
        Assert.Contains("is a sandbox", result.Err);
    }
}
