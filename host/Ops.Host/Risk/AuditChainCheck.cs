using Ops.Host.Audit;
using Ops.Sdk.Risk;
using Ops.Host.Store;

namespace Ops.Host.Risk;

/// <summary>The host's own check: an audit log that was edited proves nothing.</summary>
internal sealed class AuditChainCheck(IHostStore store) : IRiskCheck
{
    public string Id => "ops.audit-chain";
    public string Title => "The audit log's hash chain is intact";
    public string Area => "audit";

    public IEnumerable<RiskFinding> Run()
    {
        var result = AuditVerifier.Verify(store);
        if (result.Intact) yield break;
        yield return new RiskFinding(Id, Severity.High, "The audit log was tampered with",
            $"Event {result.BadEventId}: {result.Problem}. Events from there on cannot be trusted.",
            [$"audit:{result.BadEventId}"], "ops audit verify");
    }
}
