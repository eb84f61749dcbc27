using Microsoft.Data.Sqlite;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>Dates as HR means them: the last working day is the last day with access, ending at midnight in the firm's
/// time zone; the deprecated <c>--date</c> keeps its old meaning (the first day without access); a store from before
/// migration 0007 keeps every person's access exactly as it was.</summary>
public sealed class DepartureDatesTests
{
    [Fact]
    public void A_person_whose_last_day_is_today_has_access_at_23_59_firm_time_and_none_at_midnight()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("anna", "accountant", team: "north");
        store.Run("staff", "leave", "anna", "--last-day", "2026-11-27", "--notice-date", "2026-11-13").ShouldSucceed();
        store.Now = new DateTimeOffset(2026, 11, 27, 20, 59, 0, TimeSpan.Zero);   // 23:59 in Moscow
        store.RunAs("anna", "staff", "list").ShouldSucceed();
        store.Now = new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero);    // 00:00 on the 28th in Moscow
        var r = store.RunAs("anna", "staff", "list");
        Assert.Equal(4, r.ExitCode);
        Assert.Contains("last working day 2026-11-27", r.Err);
    }

    [Fact]
    public void The_deprecated_date_option_is_the_first_day_without_access_and_is_recorded_as_the_day_before()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("anna", "accountant");
        var r = store.Run("staff", "leave", "anna", "--date", "2026-12-03", "--notice-date", "2026-11-18").ShouldSucceed();
        Assert.Contains("--date is deprecated", r.Err);
        Assert.Contains("--last-day 2026-12-02", r.Err);
        var anna = store.Run("staff", "show", "anna", "--format", "json").ShouldSucceed().Json();
        Assert.Equal("2026-12-02", anna.GetProperty("last_day").GetString());
        Assert.Equal("2026-12-03", anna.GetProperty("leaving_date").GetString());
    }

    [Fact]
    public void Leave_refuses_both_date_options_or_neither_and_a_notice_after_the_last_day()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("anna", "accountant");
        Assert.Equal(2, store.Run("staff", "leave", "anna").ExitCode);
        Assert.Equal(2, store.Run("staff", "leave", "anna", "--last-day", "2026-12-02", "--date", "2026-12-03").ExitCode);
        var r = store.Run("staff", "leave", "anna", "--last-day", "2026-12-02", "--notice-date", "2026-12-05");
        Assert.Equal(5, r.ExitCode);
        Assert.Contains("hint:", r.Err);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, store.Run("staff", "show", "anna", "--format", "json").ShouldSucceed().Json().GetProperty("last_day").ValueKind);
    }

    // First days without access (the old leaving_date) around every month end, leap years and centuries included.
    private static readonly string[] OldLeavingDates =
    [
        .. Enumerable.Range(1, 12).Select(m => $"2024-{m:D2}-01"), .. Enumerable.Range(1, 12).Select(m => $"2026-{m:D2}-01"),
        "2000-03-01", "2100-03-01", "2026-11-27", "2026-12-10",
    ];

    [Fact]
    public void A_migrated_store_grants_exactly_what_it_granted_before()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        for (var i = 0; i < OldLeavingDates.Length; i++) store.AddStaff($"p{i:D2}", "accountant");
        // Back to schema 6: no last_day, no staff.offboard grants; leaving dates as the old `staff leave --date` wrote them.
        store.Sql("DELETE FROM ops_migrations WHERE plugin = 'ops' AND version >= 7");   // 0008 (a view that stays) runs again harmlessly
        store.Sql("ALTER TABLE ops_staff DROP COLUMN last_day");
        store.Sql("DELETE FROM ops_grants WHERE permission = 'staff.offboard'");
        for (var i = 0; i < OldLeavingDates.Length; i++)
            store.Sql($"UPDATE ops_staff SET leaving_date = '{OldLeavingDates[i]}', notice_date = '1999-01-01', status = 'notice' WHERE login = 'p{i:D2}'");
        var grantsBefore = Rows(store, "SELECT subject || ' ' || permission || ' ' || scope FROM ops_grants ORDER BY 1");

        store.Run("staff", "list").ShouldSucceed();   // opens the store: migration 0007 runs

        var after = Rows(store, "SELECT login || ' ' || last_day || ' ' || leaving_date FROM ops_staff WHERE login LIKE 'p%' ORDER BY login");
        Assert.Equal(OldLeavingDates.Select((d, i) => $"p{i:D2} {DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(-1):yyyy-MM-dd} {d}"), after);
        Assert.Equal(grantsBefore, Rows(store, "SELECT subject || ' ' || permission || ' ' || scope FROM ops_grants WHERE permission <> 'staff.offboard' ORDER BY 1"));
        Assert.Equal(["role:admin staff.offboard all", "role:director staff.offboard all"],
            Rows(store, "SELECT subject || ' ' || permission || ' ' || scope FROM ops_grants WHERE permission = 'staff.offboard' ORDER BY 1"));
        // The old rule — no access from leaving_date on, in the firm's time zone — holds to the minute.
        var p26 = Array.IndexOf(OldLeavingDates, "2026-11-27");
        var p11 = Array.IndexOf(OldLeavingDates, "2026-12-10");
        store.Now = new DateTimeOffset(2026, 11, 26, 20, 59, 0, TimeSpan.Zero);
        store.RunAs($"p{p26:D2}", "staff", "list").ShouldSucceed();
        store.RunAs($"p{p11:D2}", "staff", "list").ShouldSucceed();
        store.Now = new DateTimeOffset(2026, 11, 26, 21, 0, 0, TimeSpan.Zero);
        Assert.Equal(4, store.RunAs($"p{p26:D2}", "staff", "list").ExitCode);
        store.RunAs($"p{p11:D2}", "staff", "list").ShouldSucceed();
        Assert.Equal(4, store.RunAs("p00", "staff", "list").ExitCode);
    }

    private static List<string> Rows(OpsTestStore store, string sql)
    {
        using var c = new SqliteConnection($"Data Source={store.DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(r.GetString(0));
        return rows;
    }
}
