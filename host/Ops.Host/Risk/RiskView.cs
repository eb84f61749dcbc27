using Ops.Sdk.Risk;

namespace Ops.Host.Risk;

/// <summary>The report as one reader sees it, in the firm's language: names where the reader may see them, fixes as
/// steps, areas with their scores, and the trend. The table, JSON, CSV and the HTML page are all drawn from it.</summary>
internal sealed record RiskView(RiskReport Report, RiskWords Words, string Firm, IReadOnlyList<ShownFinding> Findings,
    IReadOnlyList<AreaSummary> Areas, IReadOnlyList<TrendPoint> Trend)
{
    public static RiskView Of(RiskReport report, RecordNames names, RiskWords words, string firm, bool saved)
    {
        var findings = report.Findings.Select((f, i) => new ShownFinding(i + 1, f, report.Area(f), names.Text(f.Title), names.Text(f.Finding),
            f.Records.Select(r => new ShownRecord(r, names.Name(r))).ToList(), RiskSteps.Of(f.Fix, words))).ToList();
        var trend = report.History.Select(h => new TrendPoint(h.At, h.Score, Current: false))
            .Append(new TrendPoint(report.At, report.Score, Current: !saved)).ToList();
        return new RiskView(report, words, firm, findings, report.ByArea(), trend);
    }
}

/// <summary>A finding as shown: its number in the list, the sentences with names, the records with names where allowed.</summary>
internal sealed record ShownFinding(int Number, RiskFinding Finding, string Area, string Title, string Text,
    IReadOnlyList<ShownRecord> Records, IReadOnlyList<RiskStep> Steps);

/// <summary>A record (<c>kind:id</c>) and the name the reader may see, or null.</summary>
internal sealed record ShownRecord(string Record, string? Name)
{
    public string Label => Name ?? Record;
}

/// <summary>One point of the trend: a saved report, or this one (<c>Current</c> when it is not being saved).</summary>
internal sealed record TrendPoint(DateTimeOffset At, int Score, bool Current);
