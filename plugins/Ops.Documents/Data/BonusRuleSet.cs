using System.Globalization;
using Ops.Sdk;
using Ops.Sdk.Store;

namespace Ops.Documents.Data;

/// <summary>One premium, reduction or cap rule of a plan version, as pay publishes it in <c>pay_plan_rules_v1</c>.</summary>
internal sealed record BonusRule(string Rule, decimal? Amount, decimal? Percent, int? Months, decimal? FromPercent);

/// <summary>A plan version the «Положение о премировании» is rendered from. <see cref="Published"/> is false for a
/// plan loaded before pay published its rules (it has no rows yet).</summary>
internal sealed record BonusPlan(string Id, int Version, string TargetKind, string Target, DateOnly From, DateOnly? To,
    bool Published, IReadOnlyList<BonusRule> Rules);

/// <summary>The firm's pay plans in force today or later, read only through pay's published view (pay is an optional
/// dependency; the documents plugin never reads pay's tables). <see cref="Version"/> is pay's rule-set version: the
/// number of plan versions loaded, which changes exactly when the plans change (they are only ever added).</summary>
internal sealed record BonusRuleSet(int Version, IReadOnlyList<BonusPlan> Plans)
{
    public const string Doc = "bonus-regulation";

    public static readonly BonusRuleSet None = new(0, []);

    /// <summary>The version people sign; 0 when pay is disabled or no plan was ever loaded (nothing to sign).</summary>
    public static int CurrentVersion(IOpsContext context) => !context.Plugins.IsEnabled("pay") ? 0
        : (int)(context.Store.Scalar<long?>("SELECT max(rule_set_version) FROM pay_plan_rules_v1") ?? 0);

    public static BonusRuleSet Load(IOpsContext context, DateOnly today)
    {
        if (!context.Plugins.IsEnabled("pay")) return None;
        var rows = context.Store.Query("""
            SELECT plan_id, plan_version, target_kind, target, effective_from, effective_to, seq, rule, amount_kopecks, percent, months, from_percent, rule_set_version
            FROM pay_plan_rules_v1 WHERE effective_to IS NULL OR effective_to >= $Today ORDER BY effective_from, plan_id, plan_version, seq
            """, r => (Plan: (Id: r.Text("plan_id"), Version: (int)r.Int("plan_version"), Kind: r.Text("target_kind"), Target: r.Text("target"),
                From: r.Date("effective_from")!.Value, To: r.Date("effective_to")),
                Rule: r.IsDBNull(7) ? null : new BonusRule(r.Text("rule"), r.IsDBNull(8) ? null : r.Int("amount_kopecks") / 100m,
                    Number(r, 9), r.IsDBNull(10) ? null : (int)r.Int("months"), Number(r, 11)),
                SetVersion: (int)r.Int("rule_set_version")), new { Today = today.ToIso() }).ToList();
        var plans = rows.GroupBy(x => x.Plan).Select(g => new BonusPlan(g.Key.Id, g.Key.Version, g.Key.Kind, g.Key.Target, g.Key.From, g.Key.To,
            g.Any(x => x.Rule is not null), g.Select(x => x.Rule).OfType<BonusRule>().ToList())).ToList();
        return new BonusRuleSet(rows.Count == 0 ? CurrentVersion(context) : rows[0].SetVersion, plans);
    }

    private static decimal? Number(System.Data.Common.DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : decimal.Parse(r.GetString(i), NumberStyles.Number, CultureInfo.InvariantCulture);
}
