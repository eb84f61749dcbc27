using Ops.Sdk.Errors;

namespace Ops.Sdk.Calendar;

/// <summary>An <see cref="ICalendar"/> over the years given: each day is what its year lists, else the plain week
/// (Monday to Friday working, Saturday and Sunday off).</summary>
public sealed class ProductionCalendar : ICalendar
{
    private readonly Dictionary<int, CalendarYear> _years;
    private readonly Dictionary<DateOnly, DayKind> _special = [];

    /// <summary>A calendar of <paramref name="years"/>; a year given twice is an error.</summary>
    public ProductionCalendar(IEnumerable<CalendarYear> years)
    {
        _years = years.ToDictionary(y => y.Year);
        foreach (var y in _years.Values)
            foreach (var d in y.Days)
                _special[d.Day] = d.Kind;
        Years = [.. _years.Values.OrderBy(y => y.Year)];
    }

    /// <inheritdoc/>
    public IReadOnlyList<CalendarYear> Years { get; }

    /// <inheritdoc/>
    public DayKind KindOf(DateOnly day)
    {
        if (!_years.ContainsKey(day.Year))
            throw new UnavailableException(
                $"the production calendar for {day.Year} is not in the store (it holds {(Years.Count == 0 ? "no year" : string.Join(", ", Years.Select(y => y.Year)))})",
                $"load the year's calendar (xmlcalendar XML or JSON): ops calendar import FILE --source \"Постановление Правительства РФ … ({day.Year})\"");
        if (_special.TryGetValue(day, out var kind)) return kind;
        return day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.DayOff : DayKind.Working;
    }

    /// <inheritdoc/>
    public bool IsWorkingDay(DateOnly day) => KindOf(day) is DayKind.Working or DayKind.Shortened;

    /// <inheritdoc/>
    public int WorkingDays(DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) n++;
        return n;
    }

    /// <inheritdoc/>
    public DateOnly NextWorkingDay(DateOnly day) => WorkingDayOnOrAfter(day.AddDays(1));

    /// <inheritdoc/>
    public DateOnly WorkingDayOnOrAfter(DateOnly day)
    {
        var d = day;
        while (!IsWorkingDay(d)) d = d.AddDays(1);
        return d;
    }
}
