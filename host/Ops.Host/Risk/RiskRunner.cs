using System.Globalization;
using System.Text.Json;
using Ops.Host.App;
using Ops.Sdk.Risk;
using Ops.Sdk.Store;

namespace Ops.Host.Risk;

/// <summary>Runs the host's checks and those of every enabled plugin that declares checks (none while an enabled
/// plugin's manifest is not the pinned one: <see cref="PluginManifestCheck"/>). A check that fails becomes a finding
/// about itself; it never stops the report.</summary>
internal static class RiskRunner
{
    public static RiskReport Run(OpsSession s)
    {
        var distrust = s.Plugins.UntrustedManifest();
        var checks = new List<IRiskCheck> { new AuditChainCheck(s.Store) };
        if (distrust is not null) checks.Add(new PluginManifestCheck(distrust));
        var findings = new List<RiskFinding>();
        foreach (var entry in distrust is null ? s.Catalog.Usable.Where(e => e.Manifest.RiskChecks).ToList() : [])
        {
            try
            {
                var plugin = s.Plugins.Activate(entry);
                checks.AddRange(plugin.Plugin.RiskChecks(plugin.Context));
            }
            catch (Exception e)
            {
                findings.Add(new RiskFinding($"{entry.Id}.checks", Severity.Medium, $"Plugin '{entry.Id}' could not run its checks",
                    e.Message, ["plugin:" + entry.Id], $"ops plugins info {entry.Id}"));
            }
        }
        var areaOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            areaOf[check.Id] = check.Area;
            try
            {
                // A check may report under more specific ids (docs.regime.list); they share its area.
                foreach (var finding in check.Run())
                {
                    areaOf.TryAdd(finding.CheckId, check.Area);
                    findings.Add(finding);
                }
            }
            catch (Exception e)
            {
                findings.Add(new RiskFinding(check.Id, Severity.Medium, $"Check '{check.Title}' failed to run",
                    $"{e.GetType().Name}: {e.Message}", [], null));
            }
        }
        var ordered = Order(RiskMerge.Merge(findings), Departing(s)).ToList();
        return new RiskReport(s.Env.Clock.GetUtcNow(), ordered, areaOf, checks.Select(c => c.Id).ToList(), History(s));
    }

    /// <summary>The saved reports, oldest first.</summary>
    private static List<RiskHistory> History(OpsSession s) =>
        s.Store.Query("SELECT at, score, high, medium, low FROM ops_risk_reports ORDER BY id",
            r => new RiskHistory(DateTimeOffset.Parse(r.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3), (int)r.GetInt64(4))).ToList();

    /// <summary>Worst first. Within a severity, findings about people who have given notice come first: that loss is the
    /// one with a date on it, and the one that fixing late cannot undo. A finding is about them when it names people
    /// (<c>staff:LOGIN</c> records) and every person it names is leaving; a firm-wide finding that lists everyone does
    /// not count. Then by check id, so a check's findings stay together, and the ones touching more records first.</summary>
    public static IEnumerable<RiskFinding> Order(IEnumerable<RiskFinding> findings, IReadOnlySet<string> departing) =>
        findings.OrderByDescending(f => f.Severity)
            .ThenByDescending(f => AboutDeparting(f, departing))
            .ThenBy(f => f.CheckId, StringComparer.Ordinal)
            .ThenByDescending(f => f.Records.Count);

    private static bool AboutDeparting(RiskFinding finding, IReadOnlySet<string> departing)
    {
        var people = finding.Records.Where(r => r.StartsWith("staff:", StringComparison.Ordinal)).Select(r => r[6..]).ToList();
        return people.Count > 0 && people.All(departing.Contains);
    }

    /// <summary>The records (<c>staff:LOGIN</c> without the prefix) of people who gave notice and have not left yet.</summary>
    private static HashSet<string> Departing(OpsSession s) =>
        s.Store.Query("""
            SELECT login FROM ops_staff_v1
            WHERE status <> 'left' AND notice_date IS NOT NULL AND (leaving_date IS NULL OR leaving_date > $Today)
            """, r => r.GetString(0), new { Today = s.Today.ToIso() })
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Remembers this report's summary for the trend (<c>ops risk --save</c>, cron's job): only then is anything
    /// written, so a script reading the report never changes the director's history.</summary>
    public static void Save(OpsSession s, RiskReport report)
    {
        var byArea = JsonSerializer.Serialize(report.ByArea().Select(a => new { area = a.Area, high = a.High, medium = a.Medium, low = a.Low, score = a.Score }));
        s.Store.Write(() =>
        {
            s.Store.Execute("INSERT INTO ops_risk_reports (at, score, high, medium, low, by_area) VALUES ($At, $Score, $High, $Medium, $Low, $ByArea)",
                new
                {
                    At = report.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), report.Score,
                    High = report.Count(Severity.High), Medium = report.Count(Severity.Medium), Low = report.LowCount, ByArea = byArea,
                });
            s.Audit.Record("risk.report", details: $"score {report.Score}, {report.Findings.Count} finding(s)");
        });
    }
}
