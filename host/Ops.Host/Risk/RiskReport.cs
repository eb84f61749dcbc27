using Ops.Sdk.Risk;

namespace Ops.Host.Risk;

/// <summary>One run of every check: findings worst first, a score and the counts per area.</summary>
internal sealed record RiskReport(DateTimeOffset At, IReadOnlyList<RiskFinding> Findings, IReadOnlyDictionary<string, string> AreaOf,
    IReadOnlyList<string> ChecksRun, RiskHistory? Previous, IReadOnlyList<RiskHistory> History)
{
    /// <summary>Points a finding costs, out of 100. A firm with nothing found scores 100.</summary>
    public static int Weight(Severity s) => s switch { Severity.High => 15, Severity.Medium => 5, Severity.Low => 2, _ => 0 };

    public int Score => Math.Max(0, 100 - Findings.Sum(f => Weight(f.Severity)));

    public int Count(Severity s) => Findings.Count(f => f.Severity == s);

    public bool AnyHigh => Findings.Any(f => f.Severity == Severity.High);

    public string Area(RiskFinding f) => AreaOf.GetValueOrDefault(f.CheckId, "other");

    /// <summary>Findings per area and severity, areas in name order.</summary>
    public IReadOnlyList<(string Area, int High, int Medium, int Low)> ByArea() =>
        AreaOf.Values.Concat(Findings.Select(Area)).Distinct().Order(StringComparer.Ordinal)
            .Select(a => (a,
                Findings.Count(f => Area(f) == a && f.Severity == Severity.High),
                Findings.Count(f => Area(f) == a && f.Severity == Severity.Medium),
                Findings.Count(f => Area(f) == a && f.Severity <= Severity.Low)))
            .ToList();
}

/// <summary>The summary of an earlier report.</summary>
internal sealed record RiskHistory(string At, int Score, int High, int Medium, int Low);
