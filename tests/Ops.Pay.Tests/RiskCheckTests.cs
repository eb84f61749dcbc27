using Ops.Pay.Plans;
using Ops.Pay.Risk;
using Ops.Sdk.Risk;

namespace Ops.Pay.Tests;

public sealed class RiskCheckTests
{
    [Fact]
    public void A_plan_in_force_with_no_retention_or_new_client_premium_is_a_finding_with_a_fix()
    {
        var today = new DateOnly(2026, 11, 26);
        var bare = Build.Plan() with { OnTime = new OnTimeRule([new(90, 5000)]) };
        var keeps = Build.Plan(role: "team-lead") with { Retention = new RetentionRule(12, 3000) };
        var expired = Build.Plan(role: "partner") with { EffectiveTo = new DateOnly(2025, 12, 31) };
        var f = Assert.Single(RetentionRiskCheck.Find("pay.no-retention-premium", [bare, keeps, expired], today));
        Assert.Equal(Severity.Medium, f.Severity);
        Assert.Contains("plan:p-accountant@1", f.Records);
        Assert.Contains("premiums.retention", f.Fix);
    }
}
