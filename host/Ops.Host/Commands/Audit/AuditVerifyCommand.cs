using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Audit;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands.Audit;

internal static class AuditVerifyCommand
{
    public static Command Create(OpsSession s)
    {
        var command = new Command("verify", "Check the hash chain; exits 1 and names the first bad event if any row was edited, deleted or inserted");
        command.SetAction(_ =>
        {
            s.Access.Demand(HostPermissions.AuditView);
            var result = AuditVerifier.Verify(s.Store);
            if (!result.Intact)
            {
                s.Output.Message($"audit chain BROKEN at event {result.BadEventId}: {result.Problem}");
                s.Output.Message($"{result.Events} event(s) before it are intact.");
                return ExitCodes.Findings;
            }
            s.Output.Out.WriteLine($"audit chain intact: {result.Events} events, head {result.HeadHash}");
            s.Output.Message("Keep the head hash somewhere else (a ticket, a mail) to prove later that nothing was cut off or rewritten.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
