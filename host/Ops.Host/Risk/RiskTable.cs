using System.Globalization;
using System.Text;
using Ops.Sdk.Risk;

namespace Ops.Host.Risk;

/// <summary>The report for a terminal: the score, then each finding with its fix, worst first.</summary>
internal static class RiskTable
{
    public static string Render(RiskReport report)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"Score {report.Score}/100 — {report.Count(Severity.High)} high, {report.Count(Severity.Medium)} medium, " +
                     $"{report.Count(Severity.Low) + report.Count(Severity.Info)} low. {RiskHtml.TrendText(report)}");
        b.AppendLine();
        var n = 0;
        foreach (var f in report.Findings)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{++n,3}. [{f.Severity.ToString().ToUpperInvariant()}] {f.Title}  ({report.Area(f)}, {f.CheckId})");
            b.AppendLine(CultureInfo.InvariantCulture, $"     {f.Finding}");
            if (f.Records.Count > 0)
                b.AppendLine(CultureInfo.InvariantCulture, $"     records: {string.Join(", ", f.Records.Take(10))}{(f.Records.Count > 10 ? $" … (+{f.Records.Count - 10})" : "")}");
            if (f.Fix is not null) b.AppendLine(CultureInfo.InvariantCulture, $"     fix: {f.Fix}");
        }
        if (report.Findings.Count == 0) b.AppendLine("Nothing found.");
        return b.ToString();
    }
}
