using Ops.Sdk.Risk;

namespace Ops.Host.Risk;

/// <summary>One finding per check and subject: a check that reports the same person twice (her activity after notice,
/// and her views outside her clients) is one thing to fix, so it is shown once, at the worse severity, with both
/// sentences, all records and every distinct step. The subject is the first person a finding names (<c>staff:LOGIN</c>);
/// a finding that names nobody merges only with an identical one.</summary>
internal static class RiskMerge
{
    public static IEnumerable<RiskFinding> Merge(IEnumerable<RiskFinding> findings) =>
        findings.GroupBy(f => (f.CheckId, Subject: Subject(f) ?? f.Title + "\n" + f.Finding))
            .Select(g => g.Count() == 1 ? g.First() : Combine(g.OrderByDescending(f => f.Severity).ToList()));

    private static string? Subject(RiskFinding f) => f.Records.FirstOrDefault(r => r.StartsWith("staff:", StringComparison.Ordinal));

    private static RiskFinding Combine(IReadOnlyList<RiskFinding> same)
    {
        var fixes = same.Where(f => f.Fix is not null).SelectMany(f => RiskSteps.Parts(f.Fix!)).Distinct(StringComparer.Ordinal).ToList();
        return same[0] with
        {
            Finding = string.Join(" ", same.Select(f => Sentence(f.Finding)).Distinct(StringComparer.Ordinal)),
            Records = same.SelectMany(f => f.Records).Distinct(StringComparer.Ordinal).ToList(),
            Fix = fixes.Count == 0 ? null : string.Join("; ", fixes),
        };
    }

    private static string Sentence(string text) => text.TrimEnd() is var t && t.Length > 0 && !".!?".Contains(t[^1]) ? t + "." : text.TrimEnd();
}
