using Ops.Documents.Regime;
using Ops.Sdk;
using Ops.Sdk.Risk;

namespace Ops.Documents.Risk;

/// <summary>Each measure of 98-FZ art. 10 that is not in place: without all five there is no regime.</summary>
internal sealed class RegimeRiskCheck(IOpsContext context) : IRiskCheck
{
    public string Id => "docs.regime";
    public string Title => "Trade-secret regime measures (98-FZ art. 10)";
    public string Area => "documents";

    public IEnumerable<RiskFinding> Run() =>
        RegimeCheck.Run(context).Where(m => !m.Done).Select(m => new RiskFinding(
            $"{Id}.{m.Id}", Severity.High,
            $"Trade-secret regime: measure {m.Number} ({m.Title}) is missing",
            string.Join("; ", m.Missing) + ". The regime exists only when all five measures of 98-FZ art. 10 are in place.",
            m.Records,
            m.Fixes.FirstOrDefault() ?? "ops docs regime"));
}
