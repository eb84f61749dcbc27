using System.Globalization;

namespace Ops.Pay.Engine;

/// <summary>The one rounding rule: every statement line is rounded once, to kopecks, half away from zero
/// (0.005 → 0.01), the way Russian accounting rounds. Totals are sums of rounded lines.</summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static decimal FromKopecks(long kopecks) => kopecks / 100m;

    public static long ToKopecks(decimal amount) => (long)(Round(amount) * 100m);

    public static string Text(decimal amount) => Round(amount).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A number as written in arithmetic: no trailing zeros beyond what it needs.</summary>
    public static string Num(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
