using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Audit;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Audit;

internal static class AuditVerifyCommand
{
    public static Command Create(OpsSession s)
    {
        var head = new Option<string>("--head")
        {
            Description = "The head kept elsewhere (EVENT-ID:SHA-256, from ops audit head): also prove nothing after it was cut off or rewritten",
            HelpName = "ID:HASH",
        };
        var headFile = new Option<string>("--head-file") { Description = "As --head, read from a file (e.g. the one cron keeps)", HelpName = "FILE" };
        var command = new Command("verify",
            "Check the hash chain in one snapshot; exits 1 and names the first bad event if any row was edited, deleted, inserted or " +
            "back-dated, the log was emptied, or it no longer reaches the head kept elsewhere") { head, headFile };
        command.WithExamples("ops audit verify", "ops audit verify --head-file /var/backups/ops/audit-head   # and nothing after the kept head was cut off");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.AuditView);
            var saved = parse.GetValue(head) is { } text ? AuditHeadText.Parse(text, "--head")
                : parse.GetValue(headFile) is { } file ? AuditHeadText.Read(Path.GetFullPath(file)) : null;
            AuditVerifier.Result result;
            using (var progress = s.Progress("checking events")) result = AuditVerifier.Verify(s.Store, saved, progress);
            if (!result.Intact)
            {
                s.Output.Message($"audit chain BROKEN at event {result.BadEventId}: {result.Problem}");
                s.Output.Message($"{result.Events} event(s) before it are intact.");
                return ExitCodes.Findings;
            }
            s.Output.Out.WriteLine($"audit chain intact: {result.Events} events, head {AuditHeadText.Format(result.HeadId, result.HeadHash)}" +
                                   (saved is null ? "" : $"; reaches the head kept elsewhere (event {saved.Id})"));
            if (saved is null)
                s.Output.Message("Keep the head somewhere else (ops audit head; a cron job, a ticket) and verify with --head to prove nothing was cut off.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
