using Ops.Pay.Engine;
using Ops.Pay.Plans;
using static Ops.Pay.Tests.Build;

namespace Ops.Pay.Tests;

/// <summary>Salary for a part month by the working days of the production calendar (Labour Code arts. 129, 132).</summary>
public sealed class WorkingDayTests
{
    private static readonly Period March = new(2026, 3);

    [Fact]
    public void Someone_leaving_on_15_march_2026_is_paid_9_of_21_working_days()
    {
        // March 2026: 31 days − 9 weekend days − 9 March (8 March, a Sunday, moved) = 21 working days.
        // Leaving 15 March (first day no longer employed): worked 2–6 and 10–13 March = 5 + 4 = 9 working days.
        // 62000 × 9/21 = 26571.428… → 26571.43 (by calendar days 62000 × 14/31 = 28000.00 would have been paid)
        var s = One(Plan(62000m), Person(leaving: new DateOnly(2026, 3, 15)), period: March);
        Assert.Equal(26571.43m, s.Line(Rules.Fixed).Amount);
        Assert.Contains("62000.00 × 9/21 working days = 26571.43", s.Line(Rules.Fixed).Arithmetic);
    }

    [Fact]
    public void A_full_month_is_the_plan_amount_whatever_its_working_days()
    {
        // January 2026 has 15 working days, October 22: a full month is the fixed amount either way
        Assert.Equal(80000m, One(Plan(80000m), Person(), period: new Period(2026, 1)).Total);
        Assert.Equal(80000m, One(Plan(80000m), Person()).Total);
    }

    [Fact]
    public void A_plan_version_starting_mid_month_pays_each_part_by_its_own_version_split_by_working_days()
    {
        // v1 fixed 60000 until 14 October, v2 fixed 70000 from Thursday 15 October 2026. October: 22 working days.
        // 1–14 Oct: working days 1–2, 5–9, 12–14 = 10 → 60000 × 10/22 = 27272.727… → 27272.73
        // 15–31 Oct: working days 15–16, 19–23, 26–30 = 12 → 70000 × 12/22 = 38181.818… → 38181.82
        // total 27272.73 + 38181.82 = 65454.55 (the old rule paid v2's 70000 for the whole month)
        var v1 = Plan(60000m) with { EffectiveFrom = new DateOnly(2026, 1, 1) };
        var v2 = v1 with { Version = 2, Fixed = 70000m, EffectiveFrom = new DateOnly(2026, 10, 15) };
        var inputs = new CalcInputs(October, [Person()], [], [], new Dictionary<string, TaskStats>(), Calendar);
        var s = Calculator.Calculate(inputs, new PlanBook(PlanRules.Normalize([v1, v2]))).Single();
        Assert.Equal(27272.73m, s.Line(Rules.Fixed, "plan:p-accountant v1").Amount);
        Assert.Equal(38181.82m, s.Line(Rules.Fixed, "plan:p-accountant v2").Amount);
        Assert.Equal(65454.55m, s.Total);
        Assert.Equal(2, s.PlanVersion); // the statement is under the version in force at the month's end
    }

    [Fact]
    public void A_fee_raised_mid_month_is_shared_by_the_days_each_fee_was_in_force()
    {
        // 20000 until 15 October, 25000 from 16 October: pool = (20000 × 15 + 25000 × 16)/31 × 10% = 700000/310 = 2258.064… → 2258.06
        var plan = Plan() with { FeeShare = new Ops.Pay.Plans.FeeShareRule(10m, 100m, 0m) };
        var client = Client("1", 25000m) with { Fees = [new FeeFrom(new DateOnly(1, 1, 1), 2000000), new FeeFrom(new DateOnly(2026, 10, 16), 2500000)] };
        var line = One(plan, Person(), [client], [Lead("1")]).Line(Rules.FeeShare, "client:1");
        Assert.Equal(2258.06m, line.Amount);
        Assert.Contains("(20000.00 × 15 + 25000.00 × 16)/31 × 10% = 2258.06", line.Arithmetic);
    }

    [Fact]
    public void A_month_of_a_year_the_calendar_does_not_hold_is_refused_not_guessed()
    {
        var e = Assert.Throws<Ops.Sdk.Errors.UnavailableException>(() => One(Plan(80000m), Person(hired: new DateOnly(2028, 3, 3)), period: new Period(2028, 3)));
        Assert.Contains("ops calendar import", e.Hint);
    }
}
