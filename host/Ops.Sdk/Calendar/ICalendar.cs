namespace Ops.Sdk.Calendar;

/// <summary>The production calendar (производственный календарь) of the years the store holds: which days are
/// working days for a five-day week. Set each year by a government decree (holidays of Labour Code art. 112 plus
/// moved days off); <c>ops calendar show YEAR</c> names the source. A day of a year the store does not hold is an
/// error (<see cref="Errors.UnavailableException"/>, exit 7) naming <c>ops calendar import</c>, never a guess.</summary>
public interface ICalendar
{
    /// <summary>The years held, ascending.</summary>
    IReadOnlyList<CalendarYear> Years { get; }

    /// <summary>What kind of day <paramref name="day"/> is.</summary>
    DayKind KindOf(DateOnly day);

    /// <summary>True for a working day, a shortened pre-holiday day included.</summary>
    bool IsWorkingDay(DateOnly day);

    /// <summary>The working days in [<paramref name="from"/>, <paramref name="to"/>], both inclusive; 0 when to &lt; from.</summary>
    int WorkingDays(DateOnly from, DateOnly to);

    /// <summary>The first working day after <paramref name="day"/>.</summary>
    DateOnly NextWorkingDay(DateOnly day);

    /// <summary><paramref name="day"/> itself when it is a working day, else the next working day: how a statutory
    /// deadline that falls on a day off moves (Tax Code art. 6.1 part 7).</summary>
    DateOnly WorkingDayOnOrAfter(DateOnly day);
}

/// <summary>The kind of a day in the production calendar.</summary>
public enum DayKind
{
    /// <summary>An ordinary working day.</summary>
    Working,
    /// <summary>A working day one hour shorter, before a non-working holiday (Labour Code art. 95).</summary>
    Shortened,
    /// <summary>A day off: a Saturday or Sunday, or a weekday made a day off by a transfer.</summary>
    DayOff,
    /// <summary>A non-working public holiday (Labour Code art. 112).</summary>
    Holiday,
}

/// <summary>A day that differs from the plain rule (Monday to Friday working, Saturday and Sunday off), or a holiday.</summary>
public sealed record SpecialDay(DateOnly Day, DayKind Kind, string Note);

/// <summary>One year of the calendar: its source (the decree, or why there is none) and the days that differ from
/// the plain week. <see cref="Provisional"/> is true when no decree was confirmed and only art. 112 was applied.</summary>
public sealed record CalendarYear(int Year, string Source, bool Provisional, IReadOnlyList<SpecialDay> Days);
