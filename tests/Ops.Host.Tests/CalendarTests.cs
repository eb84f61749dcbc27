using System.Text.Json;
using Ops.Sdk.Calendar;
using Ops.Sdk.Errors;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>The production calendar: the shipped years checked month by month against the decrees, and the
/// xmlcalendar import.</summary>
public sealed class CalendarTests
{
    private static Dictionary<string, int> WorkingDays(OpsTestStore store, int year) =>
        store.Run("calendar", "show", year.ToString(), "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .ToDictionary(m => m.GetProperty("period").GetString()!, m => m.GetProperty("working_days").GetInt32());

    [Fact]
    public void The_2026_calendar_has_the_247_working_days_of_decree_1466_month_by_month()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var days = WorkingDays(store, 2026);
        // Jan: 31 − 8 holidays (1–8) − 9 Jan (moved from 3 Jan) − 7 weekend days (10, 11, 17, 18, 24, 25, 31) = 15
        // Mar: 31 − 9 weekend days − 9 Mar (8 Mar, a Sunday, moves to Monday, art. 112 part 2) = 21
        // May: 31 − 10 weekend days (2, 3, 9, 10, 16, 17, 23, 24, 30, 31) − 1 May − 11 May (from 9 May) = 19
        // Dec: 31 − 8 weekend days − 31 Dec (moved from 4 Jan) = 22
        int[] expected = [15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22];
        for (var m = 1; m <= 12; m++) Assert.Equal(expected[m - 1], days[$"2026-{m:D2}"]);
        Assert.Equal(247, expected.Sum());
        Assert.Equal(247, days["2026"]);
        var show = store.Run("calendar", "show", "2026").ShouldSucceed();
        Assert.Contains("№ 1466", show.Err);
        Assert.Contains("24.09.2025", show.Err);
    }

    [Fact]
    public void The_2025_calendar_has_the_247_working_days_of_decree_1335_with_saturday_1_november_working()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var days = WorkingDays(store, 2025);
        // May: 31 − 9 weekend days − 1, 2 (from 4 Jan), 8 (from 23 Feb), 9 May = 18; Nov: 30 − 10 weekend days + Sat 1 Nov − 3 (from 1 Nov) − 4 Nov = 19
        int[] expected = [17, 20, 21, 22, 18, 19, 23, 21, 22, 23, 19, 22];
        for (var m = 1; m <= 12; m++) Assert.Equal(expected[m - 1], days[$"2025-{m:D2}"]);
        Assert.Equal(247, days["2025"]);
        var hours = store.Run("calendar", "show", "2025", "--format", "json").ShouldSucceed().Json().EnumerateArray().Last().GetProperty("hours_40").GetInt32();
        Assert.Equal(247 * 8 - 4, hours); // 4 shortened days: 7 Mar, 30 Apr, 11 Jun, 1 Nov → 1972
    }

    [Fact]
    public void The_2027_calendar_is_shipped_as_provisional_and_says_so()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var show = store.Run("calendar", "show", "2027").ShouldSucceed();
        Assert.Contains("provisional", show.Err);
        Assert.Contains("не подтверждено", show.Err);
    }

    [Fact]
    public void A_deadline_on_a_sunday_or_a_holiday_moves_to_the_next_working_day()
    {
        var calendar = Shipped2026();
        // 25 Jan 2026 is a Sunday → Monday 26 Jan; 23 Feb 2026 is a holiday (Monday) → Tuesday 24 Feb;
        // 8 Mar (Sunday) and 9 Mar (its moved day off) → Tuesday 10 Mar; a working day stays.
        Assert.Equal(new DateOnly(2026, 1, 26), calendar.WorkingDayOnOrAfter(new DateOnly(2026, 1, 25)));
        Assert.Equal(new DateOnly(2026, 2, 24), calendar.WorkingDayOnOrAfter(new DateOnly(2026, 2, 23)));
        Assert.Equal(new DateOnly(2026, 3, 10), calendar.WorkingDayOnOrAfter(new DateOnly(2026, 3, 8)));
        Assert.Equal(new DateOnly(2026, 3, 25), calendar.WorkingDayOnOrAfter(new DateOnly(2026, 3, 25)));
        Assert.Equal(new DateOnly(2026, 1, 12), calendar.NextWorkingDay(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void A_day_of_a_year_not_held_is_an_error_naming_the_import_not_a_guess()
    {
        var e = Assert.Throws<UnavailableException>(() => Shipped2026().IsWorkingDay(new DateOnly(2028, 3, 1)));
        Assert.Contains("2028", e.Message);
        Assert.Contains("ops calendar import", e.Hint);
    }

    [Fact]
    public void Importing_the_official_xmlcalendar_xml_of_2026_gives_the_same_months_as_shipped()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var shipped = WorkingDays(store, 2026);
        var file = store.WriteFile("calendar.xml", Xml2026);
        var refused = store.Run("calendar", "import", file, "--source", "Постановление № 1466");
        Assert.Equal(6, refused.ExitCode);
        Assert.Contains("--replace", refused.Err);
        var loaded = store.Run("calendar", "import", file, "--source", "Постановление Правительства РФ от 24.09.2025 № 1466 (xmlcalendar)", "--replace").ShouldSucceed();
        Assert.Contains("247 working days", loaded.Err);
        Assert.Equal(shipped, WorkingDays(store, 2026));
        Assert.Contains("(xmlcalendar)", store.Run("calendar", "show", "2026").Err);
        Assert.Contains("calendar.import", store.Run("audit", "list", "--format", "csv").ShouldSucceed().Out);
    }

    [Fact]
    public void A_new_year_is_loaded_from_xmlcalendar_json_and_its_statistic_is_checked()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        // 2028 starts on a Saturday; a made-up year: 1–8 Jan off, 10 Jan off (moved, '+'), Sat 15 Jan working (not listed)
        var months = string.Join(",", Enumerable.Range(1, 12).Select(m => m == 1
            ? """{"month":1,"days":"1,2,3,4,5,6,7,8,9,10+,16,22,23,29,30"}"""
            : $$"""{"month":{{m}},"days":"{{string.Join(",", Weekend(2028, m))}}"}"""));
        // Jan: 31 − 15 listed = 16 working days; other months only weekends
        var expected = 16 + Enumerable.Range(2, 11).Sum(m => DateTime.DaysInMonth(2028, m) - Weekend(2028, m).Count());
        var bad = store.WriteFile("bad.json", $$$"""{"year":2028,"months":[{{{months}}}],"statistic":{"workdays":{{{expected + 1}}}}}""");
        var refused = store.Run("calendar", "import", bad, "--source", "test");
        Assert.Equal(5, refused.ExitCode);
        Assert.Contains("statistic", refused.Err);
        Assert.Equal(3, store.Run("calendar", "show", "2028").ExitCode); // nothing written
        var good = store.WriteFile("good.json", $$$"""{"year":2028,"months":[{{{months}}}],"statistic":{"workdays":{{{expected}}}}}""");
        store.Run("calendar", "import", good, "--source", "test decree").ShouldSucceed();
        Assert.Equal(16, WorkingDays(store, 2028)["2028-01"]);
        Assert.Equal(expected, WorkingDays(store, 2028)["2028"]);
    }

    [Theory]
    [InlineData("""<calendar year="2029"><days><day d="02.30" t="1"/></days></calendar>""", "02.30")]
    [InlineData("""<calendar year="2029"><days><day d="01.01" t="7"/></days></calendar>""", "day type '7'")]
    [InlineData("""<calendar year="2029"><days><day d="01.01" t="1" h="9"/></days></calendar>""", "holiday id '9'")]
    [InlineData("""<calendar><days/></calendar>""", "no year")]
    [InlineData("""<calendar year="2029"><days>""", "not well-formed")]
    [InlineData("""year,day""", "neither")]
    public void A_broken_calendar_file_is_refused_with_what_is_wrong_and_nothing_is_written(string content, string problem)
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var result = store.Run("calendar", "import", store.WriteFile("c.xml", content), "--source", "test");
        Assert.Equal(5, result.ExitCode);
        Assert.Contains(problem, result.Err);
        Assert.Equal(3, store.Run("calendar", "show", "2029").ExitCode);
    }

    [Fact]
    public void An_accountant_cannot_replace_the_calendar_but_can_read_it()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("anna", "accountant");
        store.RunAs("anna", "calendar", "show", "2026").ShouldSucceed();
        var denied = store.RunAs("anna", "calendar", "import", store.WriteFile("calendar.xml", Xml2026), "--source", "x", "--replace");
        Assert.Equal(4, denied.ExitCode);
    }

    private static IEnumerable<int> Weekend(int year, int month) =>
        Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Where(d => new DateOnly(year, month, d).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The 2026 calendar as the shipped migration holds it, built independently from the decree's text.</summary>
    private static ProductionCalendar Shipped2026()
    {
        var off = new[] { "01-01", "01-02", "01-03", "01-04", "01-05", "01-06", "01-07", "01-08", "02-23", "03-08", "05-01", "05-09", "06-12", "11-04" }
            .Select(d => new SpecialDay(DateOnly.Parse("2026-" + d), DayKind.Holiday, ""))
            .Concat(new[] { "01-09", "03-09", "05-11", "12-31" }.Select(d => new SpecialDay(DateOnly.Parse("2026-" + d), DayKind.DayOff, "")));
        return new ProductionCalendar([new CalendarYear(2026, "test", false, [.. off])]);
    }

    /// <summary>2026 in the xmlcalendar XML format (t=1 day off, h = holiday id, f = moved from; t=2 shortened).</summary>
    private const string Xml2026 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <calendar year="2026" lang="ru" date="2025.09.24" country="ru">
          <holidays>
            <holiday id="1" title="Новогодние каникулы"/>
            <holiday id="2" title="Рождество Христово"/>
            <holiday id="3" title="День защитника Отечества"/>
            <holiday id="4" title="Международный женский день"/>
            <holiday id="5" title="Праздник Весны и Труда"/>
            <holiday id="6" title="День Победы"/>
            <holiday id="7" title="День России"/>
            <holiday id="8" title="День народного единства"/>
          </holidays>
          <days>
            <day d="01.01" t="1" h="1"/><day d="01.02" t="1" h="1"/><day d="01.03" t="1" h="1"/><day d="01.04" t="1" h="1"/>
            <day d="01.05" t="1" h="1"/><day d="01.06" t="1" h="1"/><day d="01.07" t="1" h="2"/><day d="01.08" t="1" h="1"/>
            <day d="01.09" t="1" f="01.03"/>
            <day d="02.23" t="1" h="3"/>
            <day d="03.09" t="1" f="03.08"/>
            <day d="04.30" t="2"/>
            <day d="05.01" t="1" h="5"/>
            <day d="05.08" t="2"/>
            <day d="05.11" t="1" f="05.09"/>
            <day d="06.11" t="2"/>
            <day d="06.12" t="1" h="7"/>
            <day d="11.03" t="2"/>
            <day d="11.04" t="1" h="8"/>
            <day d="12.31" t="1" f="01.04"/>
          </days>
        </calendar>
        """;
}
