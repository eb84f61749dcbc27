using Ops.Sdk.Calendar;
using Ops.Sdk.Store;

namespace Ops.Host.Calendar;

/// <summary>The production calendar in <c>ops_calendar_years</c> / <c>ops_calendar_days</c> (host migration 0006):
/// a year held is its source plus the days that differ from the plain week.</summary>
internal static class CalendarStore
{
    private static readonly (DayKind Kind, string Text)[] Kinds =
        [(DayKind.Working, "working"), (DayKind.Shortened, "shortened"), (DayKind.DayOff, "off"), (DayKind.Holiday, "holiday")];

    public static string Text(DayKind kind) => Kinds.First(k => k.Kind == kind).Text;

    public static DayKind Kind(string text) => Kinds.First(k => k.Text == text).Kind;

    /// <summary>Every year held, read in two queries.</summary>
    public static ProductionCalendar Load(IStore store)
    {
        var days = store.Query("SELECT day, year, kind, note FROM ops_calendar_days ORDER BY day",
                r => (Year: (int)r.GetInt64(1), Day: new SpecialDay(r.Date("day")!.Value, Kind(r.GetString(2)), r.GetString(3))))
            .ToLookup(d => d.Year, d => d.Day);
        var years = store.Query("SELECT year, source, provisional FROM ops_calendar_years ORDER BY year",
            r => new CalendarYear((int)r.GetInt64(0), r.GetString(1), r.GetInt64(2) != 0, [.. days[(int)r.GetInt64(0)]])).ToList();
        return new ProductionCalendar(years);
    }

    public static bool Holds(IStore store, int year) =>
        store.Scalar<long>("SELECT count(*) FROM ops_calendar_years WHERE year = $Year", new { Year = year }) > 0;

    /// <summary>Adds the year, or replaces it whole. Call inside Store.Write.</summary>
    public static void Save(IStore store, CalendarYear year, DateTimeOffset now, string by)
    {
        store.Execute("DELETE FROM ops_calendar_days WHERE year = $Year", new { year.Year });
        store.Execute("DELETE FROM ops_calendar_years WHERE year = $Year", new { year.Year });
        store.Execute("INSERT INTO ops_calendar_years (year, source, provisional, loaded_at, loaded_by) VALUES ($Year, $Source, $Provisional, $Now, $By)",
            new { year.Year, year.Source, year.Provisional, Now = now, By = by });
        foreach (var d in year.Days)
            store.Execute("INSERT INTO ops_calendar_days (day, year, kind, note) VALUES ($Day, $Year, $Kind, $Note)",
                new { d.Day, year.Year, Kind = Text(d.Kind), d.Note });
    }
}
