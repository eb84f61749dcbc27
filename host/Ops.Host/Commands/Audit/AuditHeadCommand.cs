using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Audit;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Audit;

/// <summary><c>ops audit head</c>: the chain's head (<c>ID:HASH</c>) to keep where the store's owner cannot rewrite it.</summary>
internal static class AuditHeadCommand
{
    public static Command Create(OpsSession s)
    {
        var command = new Command("head",
            "Print the audit chain's head (EVENT-ID:SHA-256) to keep elsewhere; audit verify --head then proves nothing was cut off or rewritten");
        command.WithExamples("ops audit head > /var/backups/ops/audit-head   # cron: keep the head away from the store");
        command.SetAction(_ =>
        {
            s.Access.Demand(HostPermissions.AuditView);
            var result = AuditVerifier.Verify(s.Store);
            if (!result.Intact)
                throw new OpsException(ExitCodes.Findings, $"the audit chain is broken at event {result.BadEventId}: {result.Problem}",
                    "a broken chain has no head worth keeping; see: ops audit verify");
            s.Output.Out.WriteLine(AuditHeadText.Format(result.HeadId, result.HeadHash));
            return ExitCodes.Ok;
        });
        return command;
    }
}
