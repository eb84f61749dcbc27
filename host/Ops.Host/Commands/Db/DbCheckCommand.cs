using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Audit;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands.Db;

internal static class DbCheckCommand
{
    public static Command Create(OpsSession s)
    {
        var command = new Command("check", "Run SQLite's integrity and foreign-key checks and verify the audit chain; exits 1 on any problem");
        command.SetAction(_ =>
        {
            s.Access.Demand(HostPermissions.DbManage);
            var problems = s.Store.Query("PRAGMA integrity_check", r => r.GetString(0)).Where(r => r != "ok").ToList();
            problems.AddRange(s.Store.Query("PRAGMA foreign_key_check", r => $"foreign key: row {r.GetValue(1)} of {r.GetString(0)} points to a missing row in {r.GetString(2)}"));
            var audit = AuditVerifier.Verify(s.Store);
            if (!audit.Intact) problems.Add($"audit chain broken at event {audit.BadEventId}: {audit.Problem}");
            foreach (var p in problems) s.Output.Message(p);
            s.Output.Out.WriteLine(problems.Count == 0
                ? $"store OK: integrity ok, foreign keys ok, audit chain intact ({audit.Events} events)"
                : $"store has {problems.Count} problem(s)");
            return problems.Count == 0 ? 0 : ExitCodes.Findings;
        });
        return command;
    }
}
