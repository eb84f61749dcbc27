using System.Globalization;
using Ops.Sdk.Errors;

namespace Ops.Pay.Engine;

/// <summary>A calendar month, written <c>YYYY-MM</c>: the unit pay is calculated and closed in.</summary>
public readonly record struct Period(int Year, int Month)
{
    public DateOnly First => new(Year, Month, 1);
    public DateOnly Last => First.AddMonths(1).AddDays(-1);
    public int Days => DateTime.DaysInMonth(Year, Month);

    public static Period Parse(string text)
    {
        if (text.Length == 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && y is >= 2000 and <= 2100 && m is >= 1 and <= 12)
            return new Period(y, m);
        throw new UsageException($"'{text}' is not a period", "write the month as YYYY-MM, e.g. 2026-10");
    }

    public static Period Of(DateOnly d) => new(d.Year, d.Month);

    public Period Plus(int months) => Of(First.AddMonths(months));

    /// <summary>Days of this month inside [from, to] (both inclusive; null means open).</summary>
    public int DaysWithin(DateOnly? from, DateOnly? to)
    {
        var start = from is { } f && f > First ? f : First;
        var end = to is { } t && t < Last ? t : Last;
        return end < start ? 0 : end.DayNumber - start.DayNumber + 1;
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
