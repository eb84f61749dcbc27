using Ops.Sdk.Risk;

namespace Ops.Host.Risk;

/// <summary>One run of every check: findings worst first (duplicates merged), scores per area and overall, and the
/// reports saved before it.</summary>
internal sealed record RiskReport(DateTimeOffset At, IReadOnlyList<RiskFinding> Findings, IReadOnlyDictionary<string, string> AreaOf,
    IReadOnlyList<string> ChecksRun, IReadOnlyList<RiskHistory> History)
{
    public int Score => RiskScore.Overall(ByArea().Select(a => a.Score).ToList());

    public int Count(Severity s) => Findings.Count(f => f.Severity == s);

    /// <summary>Low and info together, as the report shows them.</summary>
    public int LowCount => Findings.Count(f => f.Severity <= Severity.Low);

    public bool AnyHigh => Findings.Any(f => f.Severity == Severity.High);

    public string Area(RiskFinding f) => AreaOf.GetValueOrDefault(f.CheckId, "other");

    /// <summary>The latest saved report from a day before this one's, for "change since": several runs on one day
    /// (a script, then the director) all compare with the same earlier report.</summary>
    public RiskHistory? Previous => History.LastOrDefault(h => h.At.UtcDateTime.Date < At.UtcDateTime.Date);

    /// <summary>Findings and score per area, areas in name order; every area whose checks ran is listed.</summary>
    public IReadOnlyList<AreaSummary> ByArea() =>
        AreaOf.Values.Concat(Findings.Select(Area)).Distinct().Order(StringComparer.Ordinal)
            .Select(a =>
            {
                var mine = Findings.Where(f => Area(f) == a).ToList();
                return new AreaSummary(a, mine.Count(f => f.Severity == Severity.High), mine.Count(f => f.Severity == Severity.Medium),
                    mine.Count(f => f.Severity <= Severity.Low), RiskScore.Area(mine));
            })
            .ToList();
}

/// <summary>One area's counts and score.</summary>
internal sealed record AreaSummary(string Area, int High, int Medium, int Low, int Score);

/// <summary>The summary of a saved report.</summary>
internal sealed record RiskHistory(DateTimeOffset At, int Score, int High, int Medium, int Low);
