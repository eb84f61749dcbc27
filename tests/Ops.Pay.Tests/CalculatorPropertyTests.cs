using Ops.Pay.Engine;
using Ops.Pay.Plans;

namespace Ops.Pay.Tests;

/// <summary>Properties checked over many random firms from a seeded generator (reproducible: the seed is in the message).</summary>
public sealed class CalculatorPropertyTests
{
    private const int Runs = 300;

    [Fact]
    public void Pay_is_never_below_fixed_pay()
    {
        for (var seed = 0; seed < Runs; seed++)
        {
            var (inputs, plans) = RandomFirm(new Random(seed));
            foreach (var s in Calculator.Calculate(inputs, new PlanBook(plans)))
            {
                Assert.True(s.Total >= s.Fixed, $"seed {seed}: {s.Login} total {s.Total} below fixed {s.Fixed}");
                Assert.True(s.Lines.Where(l => l.Rule.StartsWith("reduction.", StringComparison.Ordinal)).Sum(l => l.Amount)
                    + s.Lines.Where(l => l.Rule.StartsWith("premium.", StringComparison.Ordinal)).Sum(l => l.Amount) >= 0,
                    $"seed {seed}: {s.Login} reductions exceed premiums");
            }
        }
    }

    [Fact]
    public void Lead_and_backup_shares_of_a_client_fee_sum_to_the_configured_total()
    {
        for (var seed = 0; seed < Runs; seed++)
        {
            var rng = new Random(seed);
            var percent = rng.Next(0, 10001) / 100m;
            var lead = rng.Next(0, 101);
            var plan = Build.Plan(0m) with { FeeShare = new FeeShareRule(percent, lead, 100 - lead) };
            var fee = rng.Next(0, 100_000_00) / 100m;
            var left = rng.Next(2) == 0 ? (DateOnly?)new DateOnly(2026, 10, rng.Next(1, 32)) : null; // first day no longer served
            var client = Build.Client("1", fee, status: left is null ? "active" : "left", left: left);
            var inputs = new CalcInputs(Build.October, [Build.Person("a"), Build.Person("b")], [client],
                [Build.Lead("1", "a"), Build.Backup("1", "b")], new Dictionary<string, TaskStats>(), Build.Calendar);
            var shares = Calculator.Calculate(inputs, new PlanBook([plan])).SelectMany(s => s.Lines).Where(l => l.Rule == Rules.FeeShare).Sum(l => l.Amount);
            // Worked out here, not with the engine's own helpers: October has 31 days; a client who left on day d
            // was served d - 1 of them; kopecks round half away from zero.
            var days = left is { } l ? l.Day - 1 : 31;
            var configured = Math.Round(fee * percent / 100m * days / 31m, 2, MidpointRounding.AwayFromZero);
            Assert.True(configured == shares, $"seed {seed}: shares {shares} ≠ {fee} × {percent}% × {days}/31 = {configured}");
        }
    }

    [Fact]
    public void Simulating_the_plans_in_force_shows_zero_difference()
    {
        for (var seed = 0; seed < Runs; seed++)
        {
            var (inputs, plans) = RandomFirm(new Random(seed));
            var book = new PlanBook(plans);
            var now = Calculator.Calculate(inputs, book).ToDictionary(s => s.Login, s => s.Total);
            foreach (var plan in plans)
            {
                var simulated = Calculator.Calculate(inputs, book.With(plan)).ToDictionary(s => s.Login, s => s.Total);
                Assert.Equal(now, simulated);
            }
        }
    }

    /// <summary>A random firm: a few people, clients (some new, some leaving), assignments, tasks, one plan per role.</summary>
    internal static (CalcInputs, IReadOnlyList<Plan>) RandomFirm(Random rng)
    {
        var period = Build.October;
        DateOnly Day() => new DateOnly(2025, 1, 1).AddDays(rng.Next(0, 700));
        decimal Amount(int max) => rng.Next(0, max * 100) / 100m;
        string[] roles = ["accountant", "team-lead", "partner"];
        var people = Enumerable.Range(0, rng.Next(1, 8)).Select(i => Build.Person("p" + i, roles[rng.Next(roles.Length)],
            hired: rng.Next(4) == 0 ? new DateOnly(2026, 10, rng.Next(1, 32)) : new DateOnly(2020, 1, 1),
            leaving: rng.Next(6) == 0 ? new DateOnly(2026, 10, rng.Next(1, 32)) : null)).ToList();
        var clients = Enumerable.Range(0, rng.Next(0, 15)).Select(i =>
        {
            var left = rng.Next(4) == 0 ? (DateOnly?)Day() : null;
            return Build.Client("c" + i, Amount(80000), rng.Next(2) == 0 ? "vat|payroll" : "usn", Day(), left is null ? (rng.Next(10) == 0 ? "paused" : "active") : "left", left);
        }).ToList();
        var assignments = new List<Assignment>();
        foreach (var c in clients)
        {
            assignments.Add(Build.Lead(c.Id, people[rng.Next(people.Count)].Login, Day(), rng.Next(5) == 0 ? Day() : null));
            if (rng.Next(2) == 0) assignments.Add(Build.Backup(c.Id, people[rng.Next(people.Count)].Login, Day()));
        }
        var tasks = people.ToDictionary(p => p.Login, _ =>
        {
            var due = rng.Next(0, 40);
            return new TaskStats(due, rng.Next(0, due + 1), rng.Next(0, 6), Amount(20000), rng.Next(0, 50));
        });
        var plans = roles.Select(role =>
        {
            var p = Build.Plan(Amount(150000), role) with { FeeShare = new FeeShareRule(Amount(30), 60, 40) };
            if (rng.Next(2) == 0) p = p with { OnTime = new OnTimeRule([new(50, Amount(5000)), new(90, Amount(20000) + 5000)]) };
            if (rng.Next(2) == 0) p = p with { NewClient = new NewClientRule(Amount(20), rng.Next(1, 13)) };
            if (rng.Next(2) == 0) p = p with { Retention = new RetentionRule(rng.Next(1, 13), Amount(5000)) };
            if (p.HasPremium && rng.Next(3) > 0) p = p with { LateStatutoryPerTask = Amount(10000), ClientFinesPercent = Amount(100) };
            if (rng.Next(3) == 0) p = p with { CapPremiums = Amount(10000) };
            if (rng.Next(3) == 0) p = p with { CapTotal = p.Fixed + Amount(30000) };
            if (rng.Next(3) == 0) p = p with { Points = new PointsRule(Amount(300), new Dictionary<string, decimal> { ["vat"] = 2 }, true) };
            if (role == "partner") p = p with { RevenueSharePercent = Amount(10) };
            return p;
        }).ToList();
        return (new CalcInputs(period, people, clients, assignments, tasks, Build.Calendar), plans);
    }
}
