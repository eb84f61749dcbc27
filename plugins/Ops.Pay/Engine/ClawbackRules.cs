namespace Ops.Pay.Engine;

/// <summary>The optional clawback of a new-client premium (<c>premiums.new_client.clawback_months</c>): when a client
/// leaves within N months of its start, the premium paid for it is taken back in the first open period from the month
/// it left — never below fixed pay (Labor Code art. 192: no deduction below the fixed part).</summary>
internal static class ClawbackRules
{
    public static IEnumerable<StatementLine> Clawbacks(PersonContext x, IReadOnlyList<StatementLine> lines, decimal floor)
    {
        if (x.Plan.NewClient is not { ClawbackMonths: { } months } rule) yield break;
        var room = lines.Sum(l => l.Amount) - floor;
        var prefix = x.Person.Login + "|";
        var candidates = x.NewClientPaid.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..])
            .Concat(lines.Where(l => l.Rule == Rules.NewClient).Select(l => l.Subject["client:".Length..]))
            .Distinct().Order(StringComparer.Ordinal);
        foreach (var id in candidates)
        {
            if (!x.Clients.TryGetValue(id, out var c)) continue;
            if (c.LeftOn is not { } left || c.StartedOn is not { } start || left >= start.AddMonths(months)) continue;
            var leaveMonth = Period.Of(left);
            if (leaveMonth.First > x.Period.First || !ClosedFrom(x, leaveMonth)) continue;
            var subject = "client:" + c.Id;
            var before = x.NewClientPaid.GetValueOrDefault(x.Person.Login + "|" + c.Id);
            var now = lines.Where(l => l.Rule == Rules.NewClient && l.Subject == subject).Sum(l => l.Amount);
            var paid = before + now;
            if (paid <= 0) continue;
            var taken = Math.Min(paid, Math.Max(room, 0m));
            room -= taken;
            var limited = taken < paid ? $"; limited to {Money.Text(taken)} so pay stays at the fixed {Money.Text(floor)}" : "";
            yield return x.Line(Rules.Clawback, subject,
                $"{c.Name}: started {start:yyyy-MM-dd}, left {left:yyyy-MM-dd}, within {months} months; new-client premium paid {Money.Text(before)} before {x.Period} + {Money.Text(now)} now",
                $"−({Money.Text(before)} + {Money.Text(now)}) = −{Money.Text(paid)}{limited}", -taken);
        }
    }

    /// <summary>True when every period from the leave month up to the one before this is closed, so this is the first
    /// period that can still take the premium back (a recalculated closed period keeps its own clawback).</summary>
    private static bool ClosedFrom(PersonContext x, Period leaveMonth)
    {
        for (var p = leaveMonth; p.First < x.Period.First; p = p.Plus(1))
            if (!x.Closed.Contains(p.ToString())) return false;
        return true;
    }
}
