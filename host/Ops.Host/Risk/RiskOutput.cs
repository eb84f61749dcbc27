using Ops.Sdk.Output;
using Ops.Sdk.Risk;

namespace Ops.Host.Risk;

/// <summary>The report through the SDK's output layer: JSON as one object (schema in docs/output.md), CSV as one row per
/// finding, and for a terminal the summary followed by a table of findings with each one's first step.</summary>
internal static class RiskOutput
{
    public static void Write(IOutput output, RiskView view, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json: output.Record(Json(view), OutputFormat.Json); break;
            case OutputFormat.Csv: output.Rows(view.Findings, CsvColumns, OutputFormat.Csv); break;
            default:
                var w = view.Words;
                output.Record(
                [
                    new(w.ScoreLabel, $"{view.Report.Score} {w.Of100} ({w.Counts(view.Report.Count(Severity.High), view.Report.Count(Severity.Medium), view.Report.LowCount)})"),
                    new(w.TrendLabel, w.Trend(view.Report)),
                ], OutputFormat.Table);
                output.Out.WriteLine();
                if (view.Findings.Count == 0) output.Out.WriteLine(w.NothingFound);
                else output.Rows(view.Findings, TableColumns(w), OutputFormat.Table);
                break;
        }
    }

    private static IReadOnlyList<Column<ShownFinding>> TableColumns(RiskWords w) =>
    [
        new("number", "#", f => f.Number),
        new("severity", w.SeverityLabel, f => $"[{w.Severity(f.Finding.Severity).ToUpper(w.Culture)}]"),
        new("title", w.FindingLabel, f => f.Title),
        new("concerns", w.ConcernsHeading, f => Concerns(f, w, 2)),
        new("first_step", w.FirstStep, f => f.Steps.FirstOrDefault() is { } s ? s.Command ?? s.Text : null),
    ];

    private static readonly IReadOnlyList<Column<ShownFinding>> CsvColumns =
    [
        new("number", "#", f => f.Number),
        new("severity", "SEVERITY", f => f.Finding.Severity.ToString().ToLowerInvariant()),
        new("area", "AREA", f => f.Area),
        new("check", "CHECK", f => f.Finding.CheckId),
        new("title", "TITLE", f => f.Title),
        new("finding", "FINDING", f => f.Text),
        new("concerns", "CONCERNS", f => f.Records.Select(r => r.Label).ToList()),
        new("steps", "STEPS", f => f.Steps.Select(s => s.Command is null ? s.Text : $"{s.Text}: {s.Command}").ToList()),
    ];

    private static string Concerns(ShownFinding f, RiskWords w, int take) =>
        string.Join(", ", f.Records.Take(take).Select(r => r.Label)) + (f.Records.Count > take ? " " + w.More(f.Records.Count - take) : "");

    private static List<KeyValuePair<string, object?>> Json(RiskView view)
    {
        var r = view.Report;
        return
        [
            new("at", r.At.ToUniversalTime()),
            new("language", view.Words.Lang),
            new("score", r.Score),
            new("previous_score", r.Previous?.Score),
            new("previous_at", r.Previous?.At.ToUniversalTime()),
            new("high", r.Count(Severity.High)),
            new("medium", r.Count(Severity.Medium)),
            new("low", r.LowCount),
            new("areas", view.Areas.Select(a => new Dictionary<string, object?>
            {
                ["area"] = a.Area, ["score"] = a.Score, ["high"] = a.High, ["medium"] = a.Medium, ["low"] = a.Low,
            }).ToList()),
            new("findings", view.Findings.Select(f => new Dictionary<string, object?>
            {
                ["check"] = f.Finding.CheckId,
                ["area"] = f.Area,
                ["severity"] = f.Finding.Severity.ToString().ToLowerInvariant(),
                ["title"] = f.Finding.Title,
                ["finding"] = f.Finding.Finding,
                ["records"] = f.Finding.Records,
                ["names"] = f.Records.Where(x => x.Name is not null).ToDictionary(x => x.Record, x => (object?)x.Name),
                ["fix"] = f.Finding.Fix,
                ["steps"] = f.Steps.Select(s => new Dictionary<string, object?> { ["text"] = s.Text, ["command"] = s.Command }).ToList(),
            }).ToList()),
            new("trend", view.Trend.Select(t => new Dictionary<string, object?> { ["at"] = t.At.ToUniversalTime(), ["score"] = t.Score, ["saved"] = !t.Current }).ToList()),
            new("checks_run", r.ChecksRun),
        ];
    }
}
