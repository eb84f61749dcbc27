using Ops.Pay.Engine;
using Ops.Pay.Plans;
using static Ops.Pay.Tests.Build;

namespace Ops.Pay.Tests;

/// <summary>The optional clawback of a new-client premium when the client leaves within N months.</summary>
public sealed class ClawbackTests
{
    private static readonly Plan WithClawback = Plan(80000m) with
    {
        FeeShare = new FeeShareRule(10m, 100m, 0m), NewClient = new NewClientRule(10m, 12, ClawbackMonths: 6),
    };

    // Client 1 started 2026-05-01 at 20000 and left on 2026-10-16 (5½ months: within 6). May–September were closed
    // with a new-client premium of 20000 × 10% = 2000.00 each: 10000.00 paid before October.
    private static readonly Client Leaver = Client("1", 20000m, started: new DateOnly(2026, 5, 1), status: "left", left: new DateOnly(2026, 10, 16));

    private static Statement October(Plan plan, params Client[] others)
    {
        var inputs = new CalcInputs(Build.October, [Person()], [Leaver, .. others], [Lead("1"), .. others.Select(o => Lead(o.Id))],
            new Dictionary<string, TaskStats>(), Calendar)
        {
            NewClientPaid = new Dictionary<string, decimal> { ["anna|1"] = 10000m },
            Closed = new HashSet<string> { "2026-05", "2026-06", "2026-07", "2026-08", "2026-09" },
        };
        return Calculator.Calculate(inputs, new PlanBook([plan])).Single();
    }

    [Fact]
    public void A_new_client_leaving_within_the_clawback_months_takes_its_premium_back_in_the_next_open_period()
    {
        // October: fixed 80000.00; fee share client 1: 20000 × 10% × 15/31 = 967.74; client 2: 100000 × 10% = 10000.00;
        // new-client premium client 1: 20000 × 10% × 15/31 = 967.74.
        // clawback: −(10000.00 paid before + 967.74 now) = −10967.74; room above fixed 967.74 + 10000 + 967.74 = 11935.48 is enough.
        // total 80000 + 967.74 + 10000 + 967.74 − 10967.74 = 80967.74
        var s = October(WithClawback, Client("2", 100000m));
        var line = s.Line(Rules.Clawback, "client:1");
        Assert.Equal(-10967.74m, line.Amount);
        Assert.Contains("−(10000.00 + 967.74) = −10967.74", line.Arithmetic);
        Assert.Equal(80967.74m, s.Total);
    }

    [Fact]
    public void A_clawback_never_takes_pay_below_the_fixed_part()
    {
        // Without client 2: 80000 + 967.74 + 967.74 = 81935.48; room above fixed 1935.48 < 10967.74 → −1935.48; total = fixed
        var s = October(WithClawback);
        Assert.Equal(-1935.48m, s.Line(Rules.Clawback, "client:1").Amount);
        Assert.Contains("limited to 1935.48", s.Line(Rules.Clawback, "client:1").Arithmetic);
        Assert.Equal(80000.00m, s.Total);
    }

    [Fact]
    public void Without_the_rule_or_after_the_clawback_months_nothing_is_taken_back()
    {
        var noRule = WithClawback with { NewClient = new NewClientRule(10m, 12) };
        Assert.DoesNotContain(October(noRule).Lines, l => l.Rule == Rules.Clawback);
        var five = WithClawback with { NewClient = new NewClientRule(10m, 12, ClawbackMonths: 5) }; // 1 May + 5 months = 1 Oct < 16 Oct
        Assert.DoesNotContain(October(five).Lines, l => l.Rule == Rules.Clawback);
    }
}
