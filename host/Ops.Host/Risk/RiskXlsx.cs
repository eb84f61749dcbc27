using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Ops.Host.Risk;

/// <summary>The report as an Excel workbook in the firm's language: a sheet of findings (one row each, the same names
/// the JSON shows), a sheet of area scores with the firm's score first, and the trend (dates as dates). Numbers are
/// number cells; text is stored as text, never run as a formula.</summary>
internal static class RiskXlsx
{
    private const string DateFormat = "yyyy-mm-dd hh:mm";

    public static void Write(Stream stream, RiskView view)
    {
        var w = view.Words;
        var sheets = new Dictionary<string, object>
        {
            [w.FindingsSheet] = view.Findings.Count == 0
                ? [FindingColumns(w).ToDictionary(c => c.Heading, _ => (object?)null)]   // keeps the header row
                : view.Findings.Select(f => FindingColumns(w).ToDictionary(c => c.Heading, c => c.Value(f))).ToList(),
            [w.AreasSheet] = view.Areas.Select(a => Area(w, w.AreaName(a.Area), a.Score, a.High, a.Medium, a.Low))
                .Prepend(Area(w, w.WholeFirm, view.Report.Score, view.Report.Count(Sdk.Risk.Severity.High),
                    view.Report.Count(Sdk.Risk.Severity.Medium), view.Report.LowCount))
                .ToList(),
            [w.TrendSheet] = view.Trend.Select(t => new Dictionary<string, object?>
            {
                [w.DateColumn] = t.At.UtcDateTime, [w.ScoreLabel] = t.Score, [w.SavedColumn] = !t.Current,
            }).ToList(),
        };
        var config = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.None,
            DynamicColumns =
            [
                new DynamicExcelColumn(w.DateColumn) { Format = DateFormat, Width = 18 },
                new DynamicExcelColumn(w.FindingColumn) { Width = 40 },
                new DynamicExcelColumn(w.DetailsColumn) { Width = 60 },
                new DynamicExcelColumn(w.Steps) { Width = 60 },
            ],
        };
        MiniExcel.SaveAs(stream, sheets, configuration: config);
    }

    private static Dictionary<string, object?> Area(RiskWords w, string area, int score, int high, int medium, int low) => new()
    {
        [w.Area] = area, [w.ScoreLabel] = score, [w.Severity(Sdk.Risk.Severity.High)] = high,
        [w.Severity(Sdk.Risk.Severity.Medium)] = medium, [w.Severity(Sdk.Risk.Severity.Low)] = low,
    };

    private static (string Heading, Func<ShownFinding, object?> Value)[] FindingColumns(RiskWords w) =>
    [
        ("#", f => f.Number),
        (w.SeverityColumn, f => w.Severity(f.Finding.Severity)),
        (w.Area, f => w.AreaName(f.Area)),
        (w.Check, f => f.Finding.CheckId),
        (w.FindingColumn, f => f.Title),
        (w.DetailsColumn, f => f.Text),
        (w.Concerns, f => string.Join("; ", f.Records.Select(r => r.Label))),
        (w.Steps, f => string.Join("; ", f.Steps.Select(s => s.Command is null ? s.Text : $"{s.Text}: {s.Command}"))),
    ];
}
