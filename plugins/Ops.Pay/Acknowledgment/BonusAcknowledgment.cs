using System.Globalization;
using Ops.Pay.Engine;
using Ops.Sdk;
using Ops.Sdk.Store;

namespace Ops.Pay.Acknowledgment;

/// <summary>Whether people signed the «Положение о премировании» in force at a period's end, read only through the
/// documents plugin's published view <c>docs_signatures_v1</c> (an optional dependency). A premium may be reduced
/// only as a local regulation the employee was acquainted with provides (Labour Code arts. 135, 192, 22, 68).
/// The regulation's version is the rule set's: the number of plan versions loaded (pay_plan_rules_v1), so the version
/// in force on a day is the number loaded by then. No signature of that version — also when no regulation was ever
/// rendered or signed — means the cut is unacknowledged.</summary>
internal sealed class BonusAcknowledgment
{
    public const string Doc = "bonus-regulation";

    private readonly HashSet<string>? _signed;

    private BonusAcknowledgment(int version, HashSet<string>? signed) => (Version, _signed) = (version, signed);

    /// <summary>The regulation version in force on the period's last day.</summary>
    public int Version { get; }

    /// <summary>False when the documents plugin is disabled: nobody's acknowledgment can be judged.</summary>
    public bool CanJudge => _signed is not null;

    public static BonusAcknowledgment For(IOpsContext context, Period period)
    {
        var version = VersionOn(context.Store, period.Last);
        if (!context.Plugins.IsEnabled("docs")) return new(version, null);
        var signed = context.Store.Query("SELECT login FROM docs_signatures_v1 WHERE doc = $Doc AND version = $Version",
            r => r.GetString(0), new { Doc, Version = version }).ToHashSet(StringComparer.Ordinal);
        return new(version, signed);
    }

    /// <summary>The number of plan versions loaded on or before <paramref name="day"/> (UTC dates of loading).</summary>
    public static int VersionOn(IStore store, DateOnly day) =>
        store.Query("SELECT added_at FROM pay_plans", r => r.GetValue(0))
            .Count(v => AddedOn(v) <= day);

    private static DateOnly AddedOn(object value) => DateOnly.FromDateTime(value switch
    {
        DateTimeOffset d => d.UtcDateTime,
        DateTime d => d.ToUniversalTime(),
        _ => DateTimeOffset.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture).UtcDateTime,
    });

    /// <summary>How much the reductions took from the premiums: the reduction lines net of <c>reduction.limit</c>.</summary>
    public static decimal CutOf(IEnumerable<StatementLine> lines) =>
        -lines.Where(l => l.Rule.StartsWith("reduction.", StringComparison.Ordinal)).Sum(l => l.Amount);

    /// <summary>True: a cut the person did not acknowledge; false: no cut, or acknowledged; null: cannot judge.</summary>
    public bool? Unacknowledged(string login, decimal cut) => cut <= 0 ? false : _signed is null ? null : !_signed.Contains(login);
}
