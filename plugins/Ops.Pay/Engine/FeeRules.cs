namespace Ops.Pay.Engine;

/// <summary>The share of assigned clients' fees, and complexity points.</summary>
internal static class FeeRules
{
    /// <summary>Per assignment: pool = fee × percent × served days / days in month, rounded; the lead gets
    /// round(pool × lead%), the backup the rest of the pool, so the two always add up to the pool.</summary>
    public static IEnumerable<StatementLine> FeeShare(PersonContext x)
    {
        if (x.Plan.FeeShare is not { } rule) yield break;
        foreach (var a in x.Assignments)
        {
            if (!x.Clients.TryGetValue(a.ClientId, out var c)) continue;
            var served = x.Served(a, c);
            var days = served.Sum(p => p.Days);
            if (days == 0) continue;
            var pool = Money.Round(FeeDays(served) * rule.Percent / 100m / x.Period.Days);
            var leadPart = Money.Round(pool * rule.LeadWeight / 100m);
            var poolText = $"{FeeText(served, rule.Percent, x.Period.Days)} = {Money.Text(pool)}";
            var inputs = $"{c.Name}: fee {FeesText(served)}; {a.Role} {days} of {x.Period.Days} days; share {Money.Num(rule.Percent)}% split lead {Money.Num(rule.LeadWeight)}/backup {Money.Num(rule.BackupWeight)}";
            if (a.Role == "lead")
                yield return x.Line(Rules.FeeShare, "client:" + c.Id, inputs,
                    $"pool {poolText}; lead {Money.Text(pool)} × {Money.Num(rule.LeadWeight)}% = {Money.Text(leadPart)}", leadPart);
            else
                yield return x.Line(Rules.FeeShare, "client:" + c.Id, inputs,
                    $"pool {poolText}; backup {Money.Text(pool)} − lead part {Money.Text(leadPart)} = {Money.Text(pool - leadPart)}", pool - leadPart);
        }
    }

    /// <summary>Σ fee × days over the pieces.</summary>
    public static decimal FeeDays(IEnumerable<(decimal Fee, int Days)> pieces) => pieces.Sum(p => p.Fee * p.Days);

    /// <summary>"fee × pct% × days/D" for one fee, "(fee1 × d1 + fee2 × d2)/D × pct%" when the fee changed in the month.</summary>
    public static string FeeText(IReadOnlyList<(decimal Fee, int Days)> pieces, decimal percent, int monthDays) => pieces.Count == 1
        ? $"{Money.Text(pieces[0].Fee)} × {Money.Num(percent)}% × {pieces[0].Days}/{monthDays}"
        : $"({string.Join(" + ", pieces.Select(p => $"{Money.Text(p.Fee)} × {p.Days}"))})/{monthDays} × {Money.Num(percent)}%";

    public static string FeesText(IReadOnlyList<(decimal Fee, int Days)> pieces) =>
        string.Join(", then ", pieces.Select(p => pieces.Count == 1 ? Money.Text(p.Fee) : $"{Money.Text(p.Fee)} for {p.Days} days"));

    /// <summary>Per client led: the points of its services × rate × served days / days in month.</summary>
    public static IEnumerable<StatementLine> PointsForClients(PersonContext x)
    {
        if (x.Plan.Points is not { PerService.Count: > 0 } rule) yield break;
        foreach (var a in x.Assignments)
        {
            if (a.Role != "lead" || !x.Clients.TryGetValue(a.ClientId, out var c)) continue;
            var counted = c.Services.Where(rule.PerService.ContainsKey).ToList();
            if (counted.Count == 0) continue;
            var days = x.ServedDays(a, c);
            if (days == 0) continue;
            var points = counted.Sum(s => rule.PerService[s]);
            var amount = points * rule.Rate * days / x.Period.Days;
            yield return x.Line(Rules.PointsClients, "client:" + c.Id,
                $"{c.Name}: {string.Join(" + ", counted.Select(s => $"{s} {Money.Num(rule.PerService[s])}"))} points; rate {Money.Text(rule.Rate)}; lead {days} of {x.Period.Days} days",
                $"{Money.Num(points)} × {Money.Text(rule.Rate)} × {days}/{x.Period.Days} = {Money.Text(amount)}", amount);
        }
    }

    public static StatementLine? PointsForTasks(PersonContext x)
    {
        if (x.Plan.Points is not { Tasks: true } rule) return null;
        var points = x.Tasks.PointsDone;
        return x.Line(Rules.PointsTasks, "", $"{points} points of tasks done; rate {Money.Text(rule.Rate)}",
            $"{points} × {Money.Text(rule.Rate)} = {Money.Text(points * rule.Rate)}", points * rule.Rate);
    }
}
