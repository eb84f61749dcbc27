using Ops.Pay.Engine;
using Ops.Pay.Plans;
using static Ops.Pay.Tests.Build;

namespace Ops.Pay.Tests;

/// <summary>Hand-computed statements; the arithmetic is written next to each expectation. October 2026 has 31 days.</summary>
public sealed class CalculatorExampleTests
{
    [Fact]
    public void Fixed_pay_for_a_full_month_is_the_plan_amount()
    {
        var s = One(Plan(80000m), Person());
        Assert.Equal(80000.00m, s.Total);
        Assert.Equal("fixed", Assert.Single(s.Lines).Rule);
    }

    [Fact]
    public void A_person_who_joined_mid_period_gets_fixed_pay_for_the_days_employed()
    {
        // October 2026 has 22 working days. Hired Saturday 2026-10-17: working days 19–23 and 26–30 = 10;
        // 80000 × 10/22 = 36363.636… → 36363.64 (by calendar days it would have been 80000 × 15/31 = 38709.68)
        var s = One(Plan(80000m), Person(hired: new DateOnly(2026, 10, 17)));
        Assert.Equal(36363.64m, s.Line(Rules.Fixed).Amount);
        Assert.Contains("80000.00 × 10/22 working days = 36363.64", s.Line(Rules.Fixed).Arithmetic);
    }

    [Fact]
    public void Fee_share_is_split_between_lead_and_backup_by_weight()
    {
        // pool = 12500 × 10% = 1250.00; lead 1250.00 × 70% = 875.00; backup 1250.00 − 875.00 = 375.00
        var plan = Plan() with { FeeShare = new FeeShareRule(10m, 70m, 30m) };
        var clients = new[] { Client("1", 12500m) };
        var assignments = new[] { Lead("1", "anna"), Backup("1", "boris") };
        var anna = One(plan, Person("anna"), clients, assignments);
        var boris = One(plan, Person("boris"), clients, assignments);
        Assert.Equal(875.00m, anna.Line(Rules.FeeShare, "client:1").Amount);
        Assert.Equal(375.00m, boris.Line(Rules.FeeShare, "client:1").Amount);
        Assert.Contains("12500.00 × 10% × 31/31 = 1250.00", anna.Line(Rules.FeeShare, "client:1").Arithmetic);
    }

    [Fact]
    public void A_client_that_left_mid_period_earns_a_share_for_the_days_served()
    {
        // left_on 2026-10-16 (as in the registry, the first day no longer served): served 1..15 = 15 days. pool = 12500 × 10% × 15/31 = 604.8387… → 604.84
        // lead 604.84 × 70% = 423.388 → 423.39; backup 604.84 − 423.39 = 181.45
        var plan = Plan() with { FeeShare = new FeeShareRule(10m, 70m, 30m) };
        var clients = new[] { Client("1", 12500m, status: "left", left: new DateOnly(2026, 10, 16)) };
        var assignments = new[] { Lead("1", "anna"), Backup("1", "boris") };
        Assert.Equal(423.39m, One(plan, Person("anna"), clients, assignments).Line(Rules.FeeShare, "client:1").Amount);
        Assert.Equal(181.45m, One(plan, Person("boris"), clients, assignments).Line(Rules.FeeShare, "client:1").Amount);
    }

    [Fact]
    public void A_paused_client_or_one_left_by_the_period_start_earns_nothing()
    {
        var plan = Plan() with { FeeShare = new FeeShareRule(10m, 100m, 0m) };
        var clients = new[] { Client("1", 10000m, status: "paused"), Client("2", 10000m, status: "left", left: new DateOnly(2026, 10, 1)) };
        var s = One(plan, Person(), clients, [Lead("1"), Lead("2")]);
        Assert.Equal(80000m, s.Total);
    }

    [Theory]
    // tiers: from 90% → 5000, from 95% → 10000 (step: the highest tier reached pays)
    [InlineData(20, 20, 10000)]   // 100%
    [InlineData(19, 20, 10000)]   // 95% exactly: the 95 tier
    [InlineData(189, 200, 5000)]  // 94.5%: just below 95
    [InlineData(18, 20, 5000)]    // 90% exactly: the 90 tier
    [InlineData(179, 200, 0)]     // 89.5%: below every tier
    public void On_time_premium_steps_at_tier_boundaries(int onTime, int due, decimal expected)
    {
        var plan = Plan() with { OnTime = new OnTimeRule([new(90m, 5000m), new(95m, 10000m)]) };
        var s = One(plan, Person(), tasks: new TaskStats(due, onTime, 0, 0m, 0));
        Assert.Equal(expected, s.Line(Rules.OnTime).Amount);
        Assert.Equal(80000m + expected, s.Total);
    }

    [Fact]
    public void A_reduction_larger_than_the_premium_is_limited_to_the_premium_and_pay_stays_at_fixed()
    {
        // premium: 18/20 = 90% → 5000; late statutory 3 × 2500 = −7500; limit gives back 7500 − 5000 = +2500
        // total = 80000 + 5000 − 7500 + 2500 = 80000 (fixed pay, never less: Labor Code art. 192)
        var plan = Plan() with { OnTime = new OnTimeRule([new(90m, 5000m)]), LateStatutoryPerTask = 2500m };
        var s = One(plan, Person(), tasks: new TaskStats(20, 18, 3, 0m, 0));
        Assert.Equal(-7500m, s.Line(Rules.LateStatutory).Amount);
        Assert.Equal(2500m, s.Line(Rules.ReductionLimit).Amount);
        Assert.Equal(80000m, s.Total);
    }

    [Fact]
    public void Client_fines_reduce_the_premium_by_their_percent()
    {
        // premium 10000; fines caused 7000 × 50% = −3500; total 80000 + 10000 − 3500 = 86500
        var plan = Plan() with { OnTime = new OnTimeRule([new(0m, 10000m)]), ClientFinesPercent = 50m };
        var s = One(plan, Person(), tasks: new TaskStats(10, 10, 0, 7000m, 0));
        Assert.Equal(-3500m, s.Line(Rules.ClientFines).Amount);
        Assert.Equal(86500m, s.Total);
    }

    [Fact]
    public void Premium_cap_cuts_premiums_after_reductions_and_total_cap_cuts_the_rest()
    {
        // fee share: 200000 × 10% = 20000 (lead 100%); premium 10000 − late 1 × 1000 = 9000 net; premium cap 6000 → −3000
        // subtotal 80000 + 20000 + 10000 − 1000 − 3000 = 106000; total cap 100000 → −6000; total 100000
        var plan = Plan() with
        {
            FeeShare = new FeeShareRule(10m, 100m, 0m), OnTime = new OnTimeRule([new(0m, 10000m)]), LateStatutoryPerTask = 1000m,
            CapPremiums = 6000m, CapTotal = 100000m,
        };
        var s = One(plan, Person(), [Client("1", 200000m)], [Lead("1")], new TaskStats(10, 9, 1, 0m, 0));
        Assert.Equal(-3000m, s.Line(Rules.CapPremiums).Amount);
        Assert.Equal(-6000m, s.Line(Rules.CapTotal).Amount);
        Assert.Equal(100000m, s.Total);
    }

    [Fact]
    public void New_client_bonus_pays_its_percent_of_the_fee_during_the_first_months_only()
    {
        // client A started 2026-09-10, 12 months → all of October: 20000 × 10% × 31/31 = 2000.00
        // client B started 2025-10-20 → new until 2026-10-19: 19 days; 20000 × 10% × 19/31 = 1225.806… → 1225.81
        // client C started 2025-01-01 → no longer new
        var plan = Plan() with { NewClient = new NewClientRule(10m, 12) };
        var clients = new[]
        {
            Client("A", 20000m, started: new DateOnly(2026, 9, 10)), Client("B", 20000m, started: new DateOnly(2025, 10, 20)),
            Client("C", 20000m, started: new DateOnly(2025, 1, 1)),
        };
        var s = One(plan, Person(), clients, [Lead("A"), Lead("B"), Lead("C")]);
        Assert.Equal(2000.00m, s.Line(Rules.NewClient, "client:A").Amount);
        Assert.Equal(1225.81m, s.Line(Rules.NewClient, "client:B").Amount);
        Assert.DoesNotContain(s.Lines, l => l.Subject == "client:C");
    }

    [Fact]
    public void Retention_bonus_pays_when_another_full_term_of_keeping_the_client_is_reached()
    {
        // led since 2025-10-03, every 12 months: 12 months reached on 2026-10-03 → 3000 in October, nothing in November
        var plan = Plan() with { Retention = new RetentionRule(12, 3000m) };
        var clients = new[] { Client("1", 10000m, started: new DateOnly(2025, 10, 3)) };
        var assignments = new[] { Lead("1", from: new DateOnly(2025, 10, 3)) };
        Assert.Equal(3000m, One(plan, Person(), clients, assignments).Line(Rules.Retention, "client:1").Amount);
        Assert.DoesNotContain(One(plan, Person(), clients, assignments, period: new Period(2026, 11)).Lines, l => l.Rule == Rules.Retention);
    }

    [Fact]
    public void Retention_bonus_is_not_paid_for_a_client_that_left_before_the_anniversary()
    {
        var plan = Plan() with { Retention = new RetentionRule(12, 3000m) };
        var clients = new[] { Client("1", 10000m, started: new DateOnly(2025, 10, 20), status: "left", left: new DateOnly(2026, 10, 10)) };
        Assert.DoesNotContain(One(plan, Person(), clients, [Lead("1", from: new DateOnly(2025, 10, 20))]).Lines, l => l.Rule == Rules.Retention);
    }

    [Fact]
    public void Complexity_points_pay_per_service_of_clients_led_and_per_task_done()
    {
        // client: vat 3 + payroll 2 = 5 points × 150 × 31/31 = 750.00; tasks: 14 points × 150 = 2100.00
        var plan = Plan() with { Points = new PointsRule(150m, new Dictionary<string, decimal> { ["vat"] = 3m, ["payroll"] = 2m }, true) };
        var s = One(plan, Person(), [Client("1", 10000m, "vat|payroll|usn")], [Lead("1")], new TaskStats(7, 7, 0, 0m, 14));
        Assert.Equal(750.00m, s.Line(Rules.PointsClients, "client:1").Amount);
        Assert.Equal(2100.00m, s.Line(Rules.PointsTasks).Amount);
        Assert.Equal(80000m + 750m + 2100m, s.Total);
    }

    [Fact]
    public void Partner_revenue_share_is_a_percent_of_the_firm_fees_served_in_the_period()
    {
        // revenue = 100000 + 50000 × 15/31 (left on the 16th: served 15 days) = 124193.548…; × 5% = 6209.677… → 6209.68
        var plan = Plan(150000m, "partner") with { RevenueSharePercent = 5m };
        var clients = new[] { Client("1", 100000m), Client("2", 50000m, status: "left", left: new DateOnly(2026, 10, 16)) };
        var s = One(plan, Person("pavel", "partner"), clients);
        Assert.Equal(6209.68m, s.Line(Rules.RevenueShare).Amount);
        Assert.Equal(156209.68m, s.Total);
    }

    [Fact]
    public void All_features_together_for_a_person_who_joined_mid_period()
    {
        // hired 2026-10-17: 15 of 31 days; 10 of October's 22 working days.
        // fixed 62000 × 10/22 = 28181.818… → 28181.82 (salary by working days, Labour Code art. 132)
        // fee share (lead 100%, assignment from the hire date): 31000 × 10% × 15/31 = 1500.00
        // new client (started 2026-10-17): 31000 × 20% × 15/31 = 3000.00
        // on time 9/10 = 90% → tier 90 → 4000; late statutory 1 × 5000 = −5000; limited: premiums 7000 ≥ 5000, so no limit line
        // premium cap 1500: net premium 7000 − 5000 = 2000 → −500
        // total = 28181.82 + 1500 + 3000 + 4000 − 5000 − 500 = 31181.82
        var hired = new DateOnly(2026, 10, 17);
        var plan = Plan(62000m) with
        {
            FeeShare = new FeeShareRule(10m, 100m, 0m), NewClient = new NewClientRule(20m, 12),
            OnTime = new OnTimeRule([new(90m, 4000m)]), LateStatutoryPerTask = 5000m, CapPremiums = 1500m,
        };
        var s = One(plan, Person(hired: hired), [Client("1", 31000m, started: hired)], [Lead("1", from: hired)], new TaskStats(10, 9, 1, 0m, 0));
        Assert.Equal(28181.82m, s.Line(Rules.Fixed).Amount);
        Assert.Equal(1500.00m, s.Line(Rules.FeeShare, "client:1").Amount);
        Assert.Equal(3000.00m, s.Line(Rules.NewClient, "client:1").Amount);
        Assert.DoesNotContain(s.Lines, l => l.Rule == Rules.ReductionLimit);
        Assert.Equal(-500m, s.Line(Rules.CapPremiums).Amount);
        Assert.Equal(31181.82m, s.Total);
    }

    [Fact]
    public void Rounding_is_half_away_from_zero_once_per_line()
    {
        // 100.25 × 10% = 10.025 → 10.03 (half away from zero; banker's rounding would give 10.02)
        var plan = Plan(0m) with { FeeShare = new FeeShareRule(10m, 100m, 0m) };
        Assert.Equal(10.03m, One(plan, Person(), [Client("1", 100.25m)], [Lead("1")]).Line(Rules.FeeShare, "client:1").Amount);
    }

    [Fact]
    public void Every_line_names_its_rule_inputs_and_arithmetic()
    {
        var plan = Plan() with { FeeShare = new FeeShareRule(10m, 70m, 30m), OnTime = new OnTimeRule([new(90m, 5000m)]), Retention = new RetentionRule(12, 1000m) };
        var s = One(plan, Person(), [Client("1", 12500m, started: new DateOnly(2025, 10, 1))], [Lead("1", from: new DateOnly(2025, 10, 1))], new TaskStats(10, 10, 0, 0, 0));
        Assert.All(s.Lines, l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.Rule));
            Assert.False(string.IsNullOrWhiteSpace(l.Inputs));
            Assert.Contains(Money.Text(Math.Abs(l.Amount)), l.Arithmetic);
        });
    }
}

public sealed class ReassignmentTests
{
    [Fact]
    public void A_lead_change_mid_month_splits_the_share_by_days_without_counting_the_handover_day_twice()
    {
        // the registry ends anna's lead on 2026-10-11 and starts boris's the same day:
        // anna 1..10 = 10 days: 31000 × 10% × 10/31 = 1000.00; boris 11..31 = 21 days: 31000 × 10% × 21/31 = 2100.00; sum 3100 = the month's pool
        var plan = Build.Plan(0m) with { FeeShare = new Ops.Pay.Plans.FeeShareRule(10m, 100m, 0m) };
        var handover = new DateOnly(2026, 10, 11);
        var clients = new[] { Build.Client("1", 31000m) };
        var assignments = new[] { Build.Lead("1", "anna", to: handover), Build.Lead("1", "boris", from: handover) };
        Assert.Equal(1000.00m, Build.One(plan, Build.Person("anna"), clients, assignments).Total);
        Assert.Equal(2100.00m, Build.One(plan, Build.Person("boris"), clients, assignments).Total);
    }
}

public sealed class LeavingTests
{
    [Fact]
    public void A_person_leaving_mid_period_is_paid_to_the_day_before_the_leaving_date_and_keeps_no_later_retention()
    {
        // leaving_date 2026-10-21 (first day no longer employed): days 1..20 hold working days 1–2, 5–9, 12–16, 19–20 = 14
        // of October's 22 → 62000 × 14/22 = 39454.545… → 39454.55
        // retention anniversary 2026-10-25 falls after they left → no bonus
        var plan = Build.Plan(62000m) with { Retention = new Ops.Pay.Plans.RetentionRule(12, 3000m) };
        var person = Build.Person(leaving: new DateOnly(2026, 10, 21));
        var s = Build.One(plan, person, [Build.Client("1", 1000m, started: new DateOnly(2025, 10, 25))], [Build.Lead("1", from: new DateOnly(2025, 10, 25))]);
        Assert.Equal(39454.55m, s.Total);
    }
}
