using Ops.Pay.Engine;
using Ops.Pay.Plans;
using Ops.Sdk.Store;

namespace Ops.Pay.Data;

/// <summary>One published rule of a plan version (a row of <c>pay_plan_rules_v1</c>): the figures the «Положение о
/// премировании» states. Only premiums, their reductions, the clawback and the premium cap; fixed pay as a marker.</summary>
internal sealed record PublishedRule(string Rule, decimal? Amount = null, decimal? Percent = null, int? Months = null, decimal? FromPercent = null);

/// <summary>Writes the published rules of plan versions into <c>pay_plan_rules</c> (migration 0004).</summary>
internal static class PublishedRules
{
    public static IEnumerable<PublishedRule> Of(Plan p)
    {
        yield return new(Rules.Fixed);
        if (p.OnTime is { } onTime)
            foreach (var t in onTime.Tiers) yield return new(Rules.OnTime, Amount: t.Amount, FromPercent: t.FromPercent);
        if (p.NewClient is { } nc)
        {
            yield return new(Rules.NewClient, Percent: nc.Percent, Months: nc.Months);
            if (nc.ClawbackMonths is { } back) yield return new(Rules.Clawback, Months: back);
        }
        if (p.Retention is { } r) yield return new(Rules.Retention, Amount: r.Amount, Months: r.Months);
        if (p.LateStatutoryPerTask is { } perTask) yield return new(Rules.LateStatutory, Amount: perTask);
        if (p.ClientFinesPercent is { } fines) yield return new(Rules.ClientFines, Percent: fines);
        if (p.CapPremiums is { } cap) yield return new(Rules.CapPremiums, Amount: cap);
    }

    public static void Publish(IStore store, Plan plan)
    {
        var seq = 0;
        foreach (var r in Of(plan))
            store.Execute("""
                INSERT INTO pay_plan_rules (plan_id, plan_version, seq, rule, amount_kopecks, percent, months, from_percent)
                VALUES ($Id, $Version, $Seq, $Rule, $Amount, $Percent, $Months, $From)
                """, new
            {
                plan.Id, plan.Version, Seq = ++seq, r.Rule, Amount = r.Amount is { } a ? Money.ToKopecks(a) : (long?)null,
                Percent = r.Percent is { } pc ? Money.Num(pc) : null, r.Months, From = r.FromPercent is { } f ? Money.Num(f) : null,
            });
    }

    /// <summary>Publishes the plan versions loaded before migration 0004 (they have no rows yet). True when it wrote any.</summary>
    public static bool PublishMissing(IStore store, IEnumerable<Plan> plans)
    {
        var published = store.Query("SELECT DISTINCT plan_id, plan_version FROM pay_plan_rules", r => (r.GetString(0), (int)r.GetInt64(1))).ToHashSet();
        var missing = plans.Where(p => !published.Contains((p.Id, p.Version))).ToList();
        if (missing.Count == 0) return false;
        store.Write(() => { foreach (var p in missing) Publish(store, p); });
        return true;
    }
}
