using Ops.Testing;

namespace Ops.Host.Tests;

public sealed class AccessTests
{
    private static OpsTestStore Firm()
    {
        var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("dir", "director", name: "Директор");
        store.AddStaff("lead", "team-lead", team: "north");
        store.AddStaff("anna", "accountant", team: "north");
        store.AddStaff("boris", "accountant", team: "south");
        return store;
    }

    [Fact]
    public void As_is_refused_for_a_non_admin_and_the_attempt_is_audited()
    {
        using var store = Firm();
        var result = store.RunAs("anna", "--as", "dir", "staff", "list");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("admins only", result.Err);
        var events = store.Run("audit", "list", "--action", "access.impersonate", "--format", "json").ShouldSucceed().Json();
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("result").GetString() == "denied" && e.GetProperty("actor").GetString() == "anna");
    }

    [Fact]
    public void As_by_an_admin_acts_with_the_target_rights_and_records_both_people()
    {
        using var store = Firm();
        var list = store.Run("--as", "anna", "staff", "list", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(["anna"], list.EnumerateArray().Select(e => e.GetProperty("login").GetString()));
        var events = store.Run("audit", "list", "--action", "access.impersonate", "--format", "json").ShouldSucceed().Json();
        var e = events.EnumerateArray().First();
        Assert.Equal("anna", e.GetProperty("actor").GetString());
        Assert.Equal("admin", e.GetProperty("real_actor").GetString());
    }

    [Fact]
    public void Staff_view_scope_limits_what_each_role_sees()
    {
        using var store = Firm();
        string[] Logins(string who) => store.RunAs(who, "staff", "list", "--format", "json").ShouldSucceed().Json()
            .EnumerateArray().Select(e => e.GetProperty("login").GetString()!).Order().ToArray();

        Assert.Equal(["anna"], Logins("anna"));
        Assert.Equal(["anna", "lead"], Logins("lead"));
        Assert.Equal(5, Logins("dir").Length);
    }

    [Fact]
    public void Out_of_scope_person_looks_absent_so_show_is_no_oracle()
    {
        using var store = Firm();
        var result = store.RunAs("anna", "staff", "show", "boris");
        Assert.Equal(3, result.ExitCode);
    }

    [Fact]
    public void Explain_names_the_grant_that_allowed_or_says_none_did()
    {
        using var store = Firm();
        var yes = store.Run("access", "explain", "lead", "staff.view", "--format", "json").ShouldSucceed().Json();
        Assert.Equal("team", yes.GetProperty("scope").GetString());
        Assert.Contains("role:team-lead", yes.GetProperty("reason").GetString());

        var no = store.Run("access", "explain", "anna", "staff.manage", "--format", "json");
        Assert.Equal(4, no.ExitCode);
        Assert.Contains("no grant of staff.manage to role accountant", no.Json().GetProperty("reason").GetString());
    }

    [Fact]
    public void A_person_grant_widens_a_role_grant_and_revoke_takes_it_back()
    {
        using var store = Firm();
        store.Run("access", "grant", "staff.view", "--person", "anna", "--scope", "all").ShouldSucceed();
        Assert.Equal(0, store.RunAs("anna", "staff", "show", "boris").ExitCode);
        store.Run("access", "revoke", "staff.view", "--person", "anna").ShouldSucceed();
        Assert.Equal(3, store.RunAs("anna", "staff", "show", "boris").ExitCode);
    }

    [Fact]
    public void Granting_an_undeclared_permission_or_scope_is_refused()
    {
        using var store = Firm();
        Assert.Equal(5, store.Run("access", "grant", "clients.everything", "--role", "accountant", "--scope", "all").ExitCode);
        Assert.Equal(2, store.Run("access", "grant", "staff.view", "--role", "accountant", "--scope", "galaxy").ExitCode);
    }

    [Fact]
    public void A_person_after_their_leaving_date_holds_no_access()
    {
        using var store = Firm();
        store.Run("staff", "leave", "anna", "--last-day", "2026-11-19", "--notice-date", "2026-11-06").ShouldSucceed();
        var result = store.RunAs("anna", "staff", "list");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("left", result.Err);
    }

    [Fact]
    public void An_os_user_outside_the_staff_directory_is_told_to_ask_an_admin()
    {
        using var store = Firm();
        var result = store.RunAs("stranger", "staff", "list");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("ops staff add stranger", result.Err);
    }

    [Fact]
    public void Sudo_user_is_the_actor_when_run_through_sudo()
    {
        using var store = Firm();
        store.OsUsers["anna"] = 1001;
        store.OsUid = 990;
        store.Environment["SUDO_USER"] = "anna";
        store.Environment["SUDO_UID"] = "1001";
        var result = store.RunAs("ops", "staff", "list", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(["anna"], result.EnumerateArray().Select(e => e.GetProperty("login").GetString()));
    }

    [Fact]
    public void A_forged_sudo_user_is_refused()
    {
        using var store = Firm();
        store.OsUsers["anna"] = 1001;
        store.OsUsers["director"] = 1002;
        store.OsUid = 1001;
        store.Environment["SUDO_USER"] = "director";
        store.Environment["SUDO_UID"] = "1001";
        var result = store.RunAs("anna", "staff", "list");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("do not agree with the system's user database", result.Err);
        store.Environment.Remove("SUDO_UID");
        Assert.Equal(4, store.RunAs("anna", "staff", "list").ExitCode);
    }

    [Fact]
    public void A_pinned_clock_or_os_login_is_refused_on_a_store_that_is_not_a_sandbox()
    {
        using var store = Firm();
        store.Environment["OPS_NOW"] = "2020-01-01T00:00:00Z";
        var clock = store.Run("staff", "list");
        Assert.Equal(4, clock.ExitCode);
        Assert.Contains("OPS_NOW may be used only on a sandbox store", clock.Err);
        store.Environment.Remove("OPS_NOW");
        store.Environment["OPS_OS_LOGIN"] = "boris";
        Assert.Equal(4, store.Run("staff", "list").ExitCode);
    }

    [Fact]
    public void A_sandbox_store_lets_the_caller_pin_the_os_login()
    {
        using var store = OpsTestStore.Empty();
        store.Run("init", "--sandbox", "--name", "Admin").ShouldSucceed();
        store.AddStaff("boris", "accountant", "north");
        store.Environment["OPS_OS_LOGIN"] = "boris";
        var me = store.Run("staff", "list", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(["boris"], me.EnumerateArray().Select(e => e.GetProperty("login").GetString()));
    }

    [Fact]
    public void Explain_on_a_staff_record_says_whether_the_scope_reaches_it()
    {
        using var store = Firm();
        var same = store.Run("access", "explain", "lead", "staff.view", "staff:anna", "--format", "json").ShouldSucceed().Json();
        Assert.True(same.GetProperty("record_reached").GetBoolean());
        var other = store.Run("access", "explain", "lead", "staff.view", "staff:boris", "--format", "json");
        Assert.Equal(4, other.ExitCode);
        Assert.Contains("not in lead's team 'north'", other.Json().GetProperty("record_reason").GetString());
    }
}
