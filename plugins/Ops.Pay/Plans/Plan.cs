namespace Ops.Pay.Plans;

/// <summary>One version of a pay plan, as loaded from its YAML file (schema in docs/pay.md).</summary>
public sealed record Plan
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    /// <summary>"role" or "person".</summary>
    public required string TargetKind { get; init; }
    public required string Target { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public required decimal Fixed { get; init; }
    public FeeShareRule? FeeShare { get; init; }
    public PointsRule? Points { get; init; }
    public decimal? RevenueSharePercent { get; init; }
    public OnTimeRule? OnTime { get; init; }
    public NewClientRule? NewClient { get; init; }
    public RetentionRule? Retention { get; init; }
    public decimal? LateStatutoryPerTask { get; init; }
    public decimal? ClientFinesPercent { get; init; }
    public decimal? CapPremiums { get; init; }
    public decimal? CapTotal { get; init; }

    public bool HasPremium => OnTime is not null || NewClient is not null || Retention is not null;
    public bool HasReduction => LateStatutoryPerTask is not null || ClientFinesPercent is not null;
    public bool RewardsKeepingClients => NewClient is not null || Retention is not null;

    public bool InForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || EffectiveTo >= day);

    public bool Overlaps(Plan other) =>
        EffectiveFrom <= (other.EffectiveTo ?? DateOnly.MaxValue) && other.EffectiveFrom <= (EffectiveTo ?? DateOnly.MaxValue);

    public string Label => $"{Id} v{Version}";
}

/// <summary>A share of assigned clients' monthly fees, split between lead and backup by weight.</summary>
public sealed record FeeShareRule(decimal Percent, decimal LeadWeight, decimal BackupWeight);

/// <summary>Complexity points times a rate: per service of each client led, and per task done.</summary>
public sealed record PointsRule(decimal Rate, IReadOnlyDictionary<string, decimal> PerService, bool Tasks);

/// <summary>Step tiers on the on-time rate: the highest tier whose <c>from</c> the rate reaches pays its amount.</summary>
public sealed record OnTimeRule(IReadOnlyList<OnTimeTier> Tiers);

public sealed record OnTimeTier(decimal FromPercent, decimal Amount);

/// <summary>Percent of a new client's monthly fee, every month of its first <see cref="Months"/> months. With
/// <see cref="ClawbackMonths"/>, the premium paid for a client that leaves within that many months of its start is
/// taken back (never below fixed pay).</summary>
public sealed record NewClientRule(decimal Percent, int Months, int? ClawbackMonths = null);

/// <summary>An amount for each client kept (led without a break) every <see cref="Months"/> months.</summary>
public sealed record RetentionRule(int Months, decimal Amount);
