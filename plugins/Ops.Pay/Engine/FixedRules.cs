namespace Ops.Pay.Engine;

/// <summary>Fixed pay and the partner's revenue share: both prorated by the days employed in the period.</summary>
internal static class FixedRules
{
    /// <summary>Salary for the time worked (Labour Code arts. 129, 132): fixed × working days worked / working days of the
    /// month, by the production calendar; one line per plan version in force when a version starts mid-month.</summary>
    public static IEnumerable<StatementLine> Fixed(PersonContext x)
    {
        var cal = x.Calendar;
        var monthDays = cal.WorkingDays(x.Period.First, x.Period.Last);
        var split = x.Segments.Count > 1;
        var lines = new List<StatementLine>();
        foreach (var seg in x.Segments)
        {
            var from = PersonContext.Max(seg.From, x.Person.HireDate)!.Value;
            var to = PersonContext.Min(seg.To, x.LastEmployed)!.Value;
            var worked = to < from ? 0 : cal.WorkingDays(from, to);
            if (split && worked == 0) continue;
            var f = seg.Plan.Fixed;
            var subject = split ? "plan:" + seg.Plan.Label : "";
            if (worked == monthDays)
                lines.Add(x.Line(Rules.Fixed, subject, $"plan {seg.Plan.Label}: fixed {Money.Text(f)}; {monthDays} of {monthDays} working days", $"{Money.Text(f)}", f));
            else
                lines.Add(x.Line(Rules.Fixed, subject,
                    $"plan {seg.Plan.Label}: fixed {Money.Text(f)}; {(split ? "in force" : "employed")} {from:yyyy-MM-dd}–{to:yyyy-MM-dd}: {worked} of {monthDays} working days",
                    $"{Money.Text(f)} × {worked}/{monthDays} working days = {Money.Text(f * worked / monthDays)}", f * worked / monthDays));
        }
        if (lines.Count == 0)
            lines.Add(x.Line(Rules.Fixed, "", $"plan {x.Plan.Label}: fixed {Money.Text(x.Plan.Fixed)}; no working day worked of {monthDays}",
                $"{Money.Text(x.Plan.Fixed)} × 0/{monthDays} working days = 0.00", 0m));
        return lines;
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
