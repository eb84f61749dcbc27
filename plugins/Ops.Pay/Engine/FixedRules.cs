namespace Ops.Pay.Engine;

/// <summary>Fixed pay and the partner's revenue share: both prorated by the days employed in the period.</summary>
internal static class FixedRules
{
    public static StatementLine Fixed(PersonContext x)
    {
        var days = x.EmployedDays;
        var f = x.Plan.Fixed;
        if (days == x.Period.Days)
            return x.Line(Rules.Fixed, "", $"plan {x.Plan.Label}: fixed {Money.Text(f)}", $"{Money.Text(f)}", f);
        return x.Line(Rules.Fixed, "", $"plan {x.Plan.Label}: fixed {Money.Text(f)}; employed {days} of {x.Period.Days} days",
            $"{Money.Text(f)} × {days}/{x.Period.Days} = {Money.Text(f * days / x.Period.Days)}", f * days / x.Period.Days);
    }

    public static StatementLine? RevenueShare(PersonContext x)
    {
        if (x.Plan.RevenueSharePercent is not { } pct) return null;
        var revenue = x.FirmRevenue;
        var days = x.EmployedDays;
        var amount = revenue * pct / 100m * days / x.Period.Days;
        var arithmetic = days == x.Period.Days
            ? $"{Money.Text(revenue)} × {Money.Num(pct)}% = {Money.Text(amount)}"
            : $"{Money.Text(revenue)} × {Money.Num(pct)}% × {days}/{x.Period.Days} = {Money.Text(amount)}";
        return x.Line(Rules.RevenueShare, "", $"firm fee revenue {Money.Text(revenue)}; share {Money.Num(pct)}%", arithmetic, amount);
    }
}
