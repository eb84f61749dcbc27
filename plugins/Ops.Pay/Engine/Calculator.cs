using Ops.Pay.Plans;
using Ops.Sdk.Calendar;

namespace Ops.Pay.Engine;

/// <summary>The pure core: inputs in, statements out. No store, no clock. Every line is rounded once
/// (<see cref="Money.Round"/>) and explains itself; docs/pay.md gives each rule's arithmetic.</summary>
public static class Calculator
{
    public static IReadOnlyList<Statement> Calculate(CalcInputs inputs, PlanBook plans)
    {
        var clients = inputs.Clients.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var byLogin = inputs.Assignments.GroupBy(a => a.Login, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var revenue = new Lazy<decimal>(() => Revenue(inputs.Period, inputs.Clients));
        var result = new List<Statement>();
        foreach (var person in inputs.Staff)
        {
            if (plans.For(person, inputs.Period) is not { } plan) continue;
            if (inputs.Period.DaysWithin(person.HireDate, person.LeavingDate?.AddDays(-1)) == 0) continue;
            var ctx = new PersonContext(inputs.Period, person, plan, plans.Segments(person, inputs.Period), clients,
                byLogin.GetValueOrDefault(person.Login) ?? [], inputs.Tasks.GetValueOrDefault(person.Login) ?? TaskStats.None, revenue, inputs.Calendar)
            {
                NewClientPaid = inputs.NewClientPaid, Closed = inputs.Closed,
            };
            result.Add(new Statement(person.Login, person.FullName, plan.Id, plan.Version, Lines(ctx)));
        }
        return result;
    }

    /// <summary>The firm's fee income for the period: each served client's fee times its served days.</summary>
    public static decimal Revenue(Period period, IEnumerable<Client> clients)
    {
        var total = 0m;
        foreach (var c in clients)
            if (c.Served is { } s) total += FeeRules.FeeDays(c.FeePieces(period, s.From, s.To)) / period.Days;
        return total;
    }

    private static List<StatementLine> Lines(PersonContext x)
    {
        var lines = new List<StatementLine>();
        lines.AddRange(FixedRules.Fixed(x));
        var floor = lines.Sum(l => l.Amount);
        lines.AddRange(FeeRules.FeeShare(x));
        lines.AddRange(FeeRules.PointsForClients(x));
        if (FeeRules.PointsForTasks(x) is { } tasks) lines.Add(tasks);
        if (FixedRules.RevenueShare(x) is { } share) lines.Add(share);

        var premiums = new List<StatementLine>();
        if (PremiumRules.OnTime(x) is { } onTime) premiums.Add(onTime);
        premiums.AddRange(PremiumRules.NewClients(x));
        premiums.AddRange(PremiumRules.Retention(x));
        lines.AddRange(premiums);
        var earned = premiums.Sum(l => l.Amount);

        var reductions = PremiumRules.Reductions(x).ToList();
        lines.AddRange(reductions);
        var cut = -reductions.Sum(l => l.Amount);
        if (cut > earned)
            lines.Add(x.Line(Rules.ReductionLimit, "", $"reductions {Money.Text(cut)}; premiums earned {Money.Text(earned)}",
                $"{Money.Text(cut)} − {Money.Text(earned)} = {Money.Text(cut - earned)} given back: a reduction never exceeds the premium earned (Labor Code art. 192)",
                cut - earned));
        var netPremium = earned - Math.Min(cut, earned);

        if (x.Plan.CapPremiums is { } capPremiums && netPremium > capPremiums)
            lines.Add(x.Line(Rules.CapPremiums, "", $"premiums after reductions {Money.Text(netPremium)}; cap {Money.Text(capPremiums)}",
                $"−({Money.Text(netPremium)} − {Money.Text(capPremiums)}) = −{Money.Text(netPremium - capPremiums)}", capPremiums - netPremium));

        var subtotal = lines.Sum(l => l.Amount);
        if (x.Plan.CapTotal is { } capTotal && subtotal > Math.Max(capTotal, floor))
        {
            var limit = Math.Max(capTotal, floor);
            lines.Add(x.Line(Rules.CapTotal, "", $"total before cap {Money.Text(subtotal)}; cap {Money.Text(capTotal)}; fixed {Money.Text(floor)}",
                $"−({Money.Text(subtotal)} − {Money.Text(limit)}) = −{Money.Text(subtotal - limit)}", limit - subtotal));
        }
        lines.AddRange(ClawbackRules.Clawbacks(x, lines, floor));
        return lines;
    }
}

/// <summary>What the rules for one person see.</summary>
internal sealed class PersonContext(Period period, Person person, Plan plan, IReadOnlyList<PlanSegment> segments,
    IReadOnlyDictionary<string, Client> clients, IReadOnlyList<Assignment> assignments, TaskStats tasks, Lazy<decimal> revenue, ICalendar calendar)
{
    /// <summary>The plan versions in force in the period, as runs of days (fixed pay is split by them).</summary>
    public IReadOnlyList<PlanSegment> Segments { get; } = segments;
    public ICalendar Calendar { get; } = calendar;
    public IReadOnlyDictionary<string, decimal> NewClientPaid { get; init; } = new Dictionary<string, decimal>();
    public IReadOnlySet<string> Closed { get; init; } = new HashSet<string>();
    public Period Period { get; } = period;
    public Person Person { get; } = person;
    public Plan Plan { get; } = plan;
    public IReadOnlyDictionary<string, Client> Clients { get; } = clients;
    public IReadOnlyList<Assignment> Assignments { get; } = assignments;
    public TaskStats Tasks { get; } = tasks;
    public decimal FirmRevenue => revenue.Value;
    public int EmployedDays => Period.DaysWithin(Person.HireDate, LastEmployed);
    public DateOnly? LastEmployed => Person.LeavingDate?.AddDays(-1);

    /// <summary>The days of the period on which the person served the client under this assignment:
    /// the assignment, the client's service and the person's employment all overlap.</summary>
    public int ServedDays(Assignment a, Client c, DateOnly? notAfter = null) => Served(a, c, notAfter).Sum(p => p.Days);

    /// <summary>The served days (as <see cref="ServedDays"/>) grouped by the client's fee in force on them.</summary>
    public IReadOnlyList<(decimal Fee, int Days)> Served(Assignment a, Client c, DateOnly? notAfter = null)
    {
        if (c.Served is not { } s) return [];
        var from = Max(Max(a.From, s.From), Person.HireDate);
        var to = Min(Min(Min(a.To?.AddDays(-1), s.To), LastEmployed), notAfter);
        return c.FeePieces(Period, from, to);
    }

    public StatementLine Line(string rule, string subject, string inputs, string arithmetic, decimal amount) =>
        new(Person.Login, rule, subject, inputs, arithmetic, Money.Round(amount));

    public static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
    public static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
