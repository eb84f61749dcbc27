using Ops.Sdk.Risk;

namespace Ops.Host.Risk;

/// <summary>The score (docs/risk.md): each area that ran checks scores 100 / (1 + 0.5·high + 0.15·medium + 0.03·low),
/// so every finding costs points but each further one in the same area costs fewer (diminishing penalties) and an area
/// never reaches 0; the firm's score is the geometric mean of the area scores, so one bad area pulls the whole down
/// more than an average would, and fixing anything anywhere raises it.</summary>
internal static class RiskScore
{
    public const double High = 0.5, Medium = 0.15, Low = 0.03;

    public static double Penalty(Severity s) => s switch { Severity.High => High, Severity.Medium => Medium, Severity.Low => Low, _ => 0 };

    public static int Area(IEnumerable<RiskFinding> findings) =>
        (int)Math.Round(100 / (1 + findings.Sum(f => Penalty(f.Severity))), MidpointRounding.AwayFromZero);

    /// <summary>The geometric mean of the area scores (100 when there is no area).</summary>
    public static int Overall(IReadOnlyCollection<int> areaScores) => areaScores.Count == 0
        ? 100
        : (int)Math.Round(Math.Exp(areaScores.Average(s => Math.Log(Math.Max(1, s)))), MidpointRounding.AwayFromZero);

    /// <summary>Good from 80, fair from 50, poor below.</summary>
    public static string Band(int score) => score >= 80 ? "good" : score >= 50 ? "fair" : "poor";
}
