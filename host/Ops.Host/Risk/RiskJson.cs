using System.Text;
using System.Text.Json;
using Ops.Sdk.Output;
using Ops.Sdk.Risk;

namespace Ops.Host.Risk;

/// <summary>The report for programs (schema in docs/output.md).</summary>
internal static class RiskJson
{
    public static string Render(RiskReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonRows.Options))
        {
            w.WriteStartObject();
            w.WriteString("at", Ops.Sdk.Output.CellText.Timestamp(report.At));
            w.WriteNumber("score", report.Score);
            if (report.Previous is { } p) w.WriteNumber("previous_score", p.Score); else w.WriteNull("previous_score");
            w.WriteNumber("high", report.Count(Severity.High));
            w.WriteNumber("medium", report.Count(Severity.Medium));
            w.WriteNumber("low", report.Count(Severity.Low) + report.Count(Severity.Info));
            w.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                w.WriteStartObject();
                w.WriteString("check", f.CheckId);
                w.WriteString("area", report.Area(f));
                w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                w.WriteString("title", f.Title);
                w.WriteString("finding", f.Finding);
                w.WritePropertyName("records");
                JsonRows.WriteValue(w, f.Records);
                if (f.Fix is null) w.WriteNull("fix"); else w.WriteString("fix", f.Fix);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WritePropertyName("checks_run");
            JsonRows.WriteValue(w, report.ChecksRun);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
