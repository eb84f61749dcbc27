namespace Ops.Pay.Engine;

/// <summary>Premiums (on-time tiers, new clients, retention) and the reductions that may only cut them.</summary>
internal static class PremiumRules
{
    public static StatementLine? OnTime(PersonContext x)
    {
        if (x.Plan.OnTime is not { } rule) return null;
        var t = x.Tasks;
        if (t.Due == 0)
            return x.Line(Rules.OnTime, "", "no tasks due in the period", "no on-time rate without tasks = 0.00", 0m);
        var rate = t.OnTime * 100m / t.Due;
        var tier = rule.Tiers.LastOrDefault(tier => rate >= tier.FromPercent);
        var tiers = string.Join(", ", rule.Tiers.Select(tr => $"≥{Money.Num(tr.FromPercent)}% → {Money.Text(tr.Amount)}"));
        var rateText = $"{t.OnTime}/{t.Due} = {Money.Num(Math.Round(rate, 2, MidpointRounding.AwayFromZero))}%";
        return tier is null
            ? x.Line(Rules.OnTime, "", $"tasks on time {t.OnTime} of {t.Due}; tiers {tiers}", $"{rateText}, below the lowest tier = 0.00", 0m)
            : x.Line(Rules.OnTime, "", $"tasks on time {t.OnTime} of {t.Due}; tiers {tiers}",
                $"{rateText} ≥ {Money.Num(tier.FromPercent)}% → {Money.Text(tier.Amount)}", tier.Amount);
    }

    /// <summary>Per client led in its first N months: percent × fee × days of those months in the period / days in month.</summary>
    public static IEnumerable<StatementLine> NewClients(PersonContext x)
    {
        if (x.Plan.NewClient is not { } rule) yield break;
        foreach (var a in x.Assignments)
        {
            if (a.Role != "lead" || !x.Clients.TryGetValue(a.ClientId, out var c) || c.StartedOn is not { } start) continue;
            var lastNewDay = start.AddMonths(rule.Months).AddDays(-1);
            if (lastNewDay < x.Period.First || start > x.Period.Last) continue;
            var served = x.Served(a, c, lastNewDay);
            if (served.Sum(p => p.Days) == 0) continue;
            var amount = FeeRules.FeeDays(served) * rule.Percent / 100m / x.Period.Days;
            yield return x.Line(Rules.NewClient, "client:" + c.Id,
                $"{c.Name}: started {start:yyyy-MM-dd}, new until {lastNewDay:yyyy-MM-dd}; fee {FeeRules.FeesText(served)}; {Money.Num(rule.Percent)}% of the first {rule.Months} months",
                $"{FeeRules.FeeText(served, rule.Percent, x.Period.Days)} = {Money.Text(Money.Round(amount))}", amount);
        }
    }

    /// <summary>Per client led without a break: the amount each time another N months are completed in the period.</summary>
    public static IEnumerable<StatementLine> Retention(PersonContext x)
    {
        if (x.Plan.Retention is not { } rule) yield break;
        foreach (var a in x.Assignments)
        {
            if (a.Role != "lead" || !x.Clients.TryGetValue(a.ClientId, out var c) || c.Served is not { } served) continue;
            var since = PersonContext.Max(a.From, c.StartedOn)!.Value;
            var months = (x.Period.Year * 12 + x.Period.Month) - (since.Year * 12 + since.Month);
            if (months <= 0 || months % rule.Months != 0) continue;
            var reached = since.AddMonths(months);
            bool Covers(DateOnly? to) => to is null || to >= reached;
            if (!Covers(a.To?.AddDays(-1)) || !Covers(served.To) || !Covers(x.LastEmployed) || served.From > reached) continue;
            yield return x.Line(Rules.Retention, "client:" + c.Id,
                $"{c.Name}: led since {since:yyyy-MM-dd}; kept {months} months on {reached:yyyy-MM-dd}; every {rule.Months} months {Money.Text(rule.Amount)}",
                $"{months} months = {months / rule.Months} × {rule.Months}; pays {Money.Text(rule.Amount)}", rule.Amount);
        }
    }

    /// <summary>Raw reductions, as negative lines; the calculator limits their sum to the premiums earned.</summary>
    public static IEnumerable<StatementLine> Reductions(PersonContext x)
    {
        if (x.Plan.LateStatutoryPerTask is { } perTask && x.Tasks.LateStatutory > 0)
            yield return x.Line(Rules.LateStatutory, "", $"{x.Tasks.LateStatutory} statutory tasks late; {Money.Text(perTask)} each",
                $"−{x.Tasks.LateStatutory} × {Money.Text(perTask)} = −{Money.Text(x.Tasks.LateStatutory * perTask)}", -x.Tasks.LateStatutory * perTask);
        if (x.Plan.ClientFinesPercent is { } pct && x.Tasks.FinesCaused > 0)
            yield return x.Line(Rules.ClientFines, "", $"client fines caused {Money.Text(x.Tasks.FinesCaused)}; {Money.Num(pct)}%",
                $"−{Money.Text(x.Tasks.FinesCaused)} × {Money.Num(pct)}% = −{Money.Text(x.Tasks.FinesCaused * pct / 100m)}", -x.Tasks.FinesCaused * pct / 100m);
    }
}
