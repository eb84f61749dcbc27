using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>"Today" is the firm's date, not the server's UTC date: late in the evening UTC it is already tomorrow
/// in Moscow, and a person whose last working day is today in UTC has already left.</summary>
public sealed class FirmTimeTests
{
    private static OpsTestStore Firm()
    {
        var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("anna", "accountant", team: "north");
        store.Run("staff", "leave", "anna", "--last-day", "2026-11-26", "--notice-date", "2026-11-13").ShouldSucceed();
        // 22:30 UTC on the 26th is 01:30 on the 27th in Moscow.
        store.Now = new DateTimeOffset(2026, 11, 26, 22, 30, 0, TimeSpan.Zero);
        return store;
    }

    [Fact]
    public void A_person_whose_last_day_has_ended_in_Moscow_holds_no_access_though_it_is_still_that_day_in_UTC()
    {
        using var store = Firm();
        var r = store.RunAs("anna", "staff", "list");
        Assert.Equal(4, r.ExitCode);
        Assert.Contains("has left the firm", r.Err);
    }

    [Fact]
    public void The_firm_time_zone_decides_the_date_and_is_shown_with_the_profile()
    {
        using var store = Firm();
        Assert.Equal("Europe/Moscow", store.Run("firm", "show", "--format", "json").ShouldSucceed().Json().GetProperty("time_zone").GetString());
        store.Run("firm", "set", "--time-zone", "Europe/London").ShouldSucceed();
        Assert.Equal("Europe/London", store.Run("firm", "show", "--format", "json").ShouldSucceed().Json().GetProperty("time_zone").GetString());
        store.RunAs("anna", "staff", "list").ShouldSucceed();
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_by_name_and_nothing_changes()
    {
        using var store = Firm();
        var r = store.Run("firm", "set", "--time-zone", "Mars/Olympus_Mons", "--director", "Иванов И. И.");
        Assert.Equal(5, r.ExitCode);
        Assert.Contains("time zone 'Mars/Olympus_Mons' is not known", r.Err);
        Assert.Contains("hint:", r.Err);
        var firm = store.Run("firm", "show", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, firm.GetProperty("director").ValueKind);   // nothing was written
        Assert.Equal("Europe/Moscow", firm.GetProperty("time_zone").GetString());
    }

    [Fact]
    public void A_day_begins_at_local_midnight_in_the_firms_zone_or_at_the_first_minute_a_clock_change_leaves()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-12-30T14:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Ops.Sdk.FirmTime.StartOfDay(new DateOnly(2026, 12, 31), Ops.Sdk.FirmTime.Zone("Asia/Vladivostok")));
        // Chile moved its clocks from 00:00 to 01:00 on 8 September 2024: that day began at 01:00 -03:00.
        Assert.Equal(DateTimeOffset.Parse("2024-09-08T04:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Ops.Sdk.FirmTime.StartOfDay(new DateOnly(2024, 9, 8), Ops.Sdk.FirmTime.Zone("America/Santiago")));
    }
}
