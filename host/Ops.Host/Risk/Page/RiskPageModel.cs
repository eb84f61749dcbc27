using System.Globalization;
using Ops.Sdk.Risk;

namespace Ops.Host.Risk.Page;

/// <summary>What the page template (<c>risk.html.sbn</c>) draws, with the charts' geometry worked out: the template
/// only places it. Scriban shows members in snake_case (<c>AreaRows</c> is <c>area_rows</c>).</summary>
internal sealed class RiskPageModel(RiskView view)
{
    private const int BarHeight = 22, BarGap = 8, LabelWidth = 190, ChartWidth = 560, Inset = 14;
    public const int TrendWidth = 420, TrendHeight = 200, TrendLeft = 40, TrendRight = 16, TrendTop = 12, TrendBottom = 36;

    private RiskWords W => view.Words;
    public string Lang => W.Lang;
    public string Title => W.PageTitle;
    public string Firm => view.Firm;
    public string At => W.Stamp(view.Report.At);
    public int Score => view.Report.Score;
    public string Band => RiskScore.Band(Score);
    public string Of100 => W.Of100;
    public string ScoreHelp => W.ScoreHelp;
    public IReadOnlyList<Count> Counts =>
    [
        new("high", W.Severity(Severity.High), view.Report.Count(Severity.High)),
        new("medium", W.Severity(Severity.Medium), view.Report.Count(Severity.Medium)),
        new("low", W.Severity(Severity.Low), view.Report.LowCount),
    ];
    public string TrendText => W.Trend(view.Report);
    public string FindingsByArea => W.FindingsByArea;
    public string AreaScores => W.AreaScores;
    public string ScoreOverTime => W.ScoreOverTime;
    public string FixFirst => W.FixFirst;
    public string NothingFound => W.NothingFound;
    public string ConcernsLabel => W.Concerns;
    public string StepsLabel => W.Steps;
    public string AreaLabel => W.Area;
    public string CheckLabel => W.Check;
    public string ChecksRunLabel => W.ChecksRun;
    public string Footer => W.Footer;
    public string NoTrend => W.NoTrend;
    public IReadOnlyList<string> ChecksRun => view.Report.ChecksRun;

    /// <summary>The legend under the bar chart: which colour is which severity.</summary>
    public IReadOnlyList<Count> Legend => Counts;

    public int ChartWidthPx => ChartWidth;
    public int ChartHeightPx => Math.Max(1, view.Areas.Count) * (BarHeight + BarGap) + 10;

    public IReadOnlyList<AreaRow> AreaRows
    {
        get
        {
            var max = Math.Max(1, view.Areas.Count == 0 ? 1 : view.Areas.Max(a => a.High + a.Medium + a.Low));
            return view.Areas.Select((a, i) =>
            {
                var y = 5 + i * (BarHeight + BarGap);
                var x = (double)LabelWidth;
                var bars = new List<Bar>();
                foreach (var (count, cls) in new[] { (a.High, "high"), (a.Medium, "medium"), (a.Low, "low") })
                {
                    var w = count * (ChartWidth - LabelWidth - 70) / (double)max;
                    if (w > 0) bars.Add(new Bar(F(x), F(w), cls, $"{count} — {W.Severity(Sev(cls))}"));
                    x += w;
                }
                return new AreaRow(W.AreaName(a.Area), y, y + 16, BarHeight, a.High + a.Medium + a.Low, a.Score, RiskScore.Band(a.Score), F(x + 6), bars);
            }).ToList();
        }
    }

    public Trend TrendChart
    {
        get
        {
            var points = view.Trend;
            var plotW = TrendWidth - TrendLeft - TrendRight;
            var plotH = TrendHeight - TrendTop - TrendBottom;
            var first = points.Count == 0 ? view.Report.At : points[0].At;
            var span = points.Count < 2 ? 0 : (points[^1].At - first).TotalSeconds;
            double X(DateTimeOffset at) => TrendLeft + Inset + (span <= 0 ? (plotW - 2 * Inset) / 2.0 : (at - first).TotalSeconds / span * (plotW - 2 * Inset));
            double Y(int score) => TrendTop + plotH - score * plotH / 100.0;
            var shown = points.Select(p => new Point(F(X(p.At)), F(Y(p.Score)), p.Score, W.Date(p.At), p.Current)).ToList();
            var yTicks = new[] { 0, 25, 50, 75, 100 }.Select(v => new Tick(F(Y(v)), v.ToString(CultureInfo.InvariantCulture))).ToList();
            var xTicks = points.Select(p => p.At.UtcDateTime.Date).Distinct().Select(d => new DateTimeOffset(d, TimeSpan.Zero))
                .Select(d => new Tick(F(X(points.First(p => p.At.UtcDateTime.Date == d.UtcDateTime.Date).At)), W.ShortDate(d))).ToList();
            return new Trend(TrendWidth, TrendHeight, TrendLeft, F(TrendWidth - TrendRight), TrendTop, F(TrendTop + plotH), F(TrendHeight - 10),
                string.Join(' ', shown.Select(p => p.X + "," + p.Y)), shown, xTicks, yTicks, points.Count >= 2);
        }
    }

    public IReadOnlyList<FindingItem> Findings => view.Findings.Select(f => new FindingItem(
        f.Number, f.Finding.Severity == Severity.Info ? "low" : f.Finding.Severity.ToString().ToLowerInvariant(), W.Severity(f.Finding.Severity),
        f.Title, f.Text, W.AreaName(f.Area), f.Finding.CheckId,
        f.Records.Take(12).Select(r => r.Label).ToList(), f.Records.Count > 12 ? W.More(f.Records.Count - 12) : null,
        f.Steps.Select(s => new StepItem(s.Text, s.Command)).ToList())).ToList();

    private static Severity Sev(string cls) => cls switch { "high" => Severity.High, "medium" => Severity.Medium, _ => Severity.Low };
    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    public sealed record Count(string Class, string Label, int Value);
    public sealed record Bar(string X, string Width, string Class, string Tip);
    public sealed record AreaRow(string Name, int Y, int TextY, int Height, int Total, int Score, string Band, string TotalX, IReadOnlyList<Bar> Bars);
    public sealed record Point(string X, string Y, int Score, string Date, bool Current);
    public sealed record Tick(string At, string Label);
    public sealed record Trend(int Width, int Height, int Left, string Right, int Top, string Bottom, string LabelY, string Polyline,
        IReadOnlyList<Point> Points, IReadOnlyList<Tick> DateTicks, IReadOnlyList<Tick> ScoreTicks, bool HasTrend);
    public sealed record FindingItem(int Number, string Class, string Severity, string Title, string Text, string Area, string Check,
        IReadOnlyList<string> Concerns, string? More, IReadOnlyList<StepItem> Steps);
    public sealed record StepItem(string Text, string? Command);
}
