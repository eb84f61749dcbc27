using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Audit;
using Ops.Host.Store;
using Ops.Host.Store.Postgres;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Db;

internal static class DbCheckCommand
{
    public static Command Create(OpsSession s)
    {
        var command = new Command("check", "Run SQLite's integrity and foreign-key checks (on PostgreSQL: table ownership) and verify the audit chain; exits 1 on any problem");
        command.WithExamples("ops db check");
        command.SetAction(_ =>
        {
            try { return Check(s); }
            catch (StoreFault fault) when (fault.IsDamage)
            {
                // A damaged store is this command's finding, not a failure: it says so and exits 1.
                s.Output.Message($"{fault.Message}\n  hint: {fault.Hint}");
                s.Output.Out.WriteLine("store has 1 problem(s)");
                return ExitCodes.Findings;
            }
            catch (Microsoft.Data.Sqlite.SqliteException e) when (StoreFault.From(e, s.DbPath) is { IsDamage: true } fault)
            {
                s.Output.Message($"{fault.Message}\n  hint: {fault.Hint}");
                s.Output.Out.WriteLine("store has 1 problem(s)");
                return ExitCodes.Findings;
            }
        });
        return command;
    }

    private static int Check(OpsSession s)
    {
        {
            s.Access.Demand(HostPermissions.DbManage);
            var postgres = s.Store.Engine == StoreEngine.Postgres;
            var problems = postgres ? PostgresOwners.Problems(s.Store) : SqliteProblems(s.Store);
            var audit = AuditVerifier.Verify(s.Store);
            if (!audit.Intact) problems.Add($"audit chain broken at event {audit.BadEventId}: {audit.Problem}");
            foreach (var p in problems) s.Output.Message(p);
            s.Output.Out.WriteLine(problems.Count == 0
                ? postgres
                    ? $"store OK: table owners ok (the server keeps integrity and foreign keys), audit chain intact ({audit.Events} events)"
                    : $"store OK: integrity ok, foreign keys ok, audit chain intact ({audit.Events} events)"
                : $"store has {problems.Count} problem(s)");
            return problems.Count == 0 ? 0 : ExitCodes.Findings;
        }
    }

    private static List<string> SqliteProblems(IHostStore store)
    {
        var problems = store.Query("PRAGMA integrity_check", r => r.GetString(0)).Where(r => r != "ok").ToList();
        problems.AddRange(store.Query("PRAGMA foreign_key_check", r => $"foreign key: row {r.GetValue(1)} of {r.GetString(0)} points to a missing row in {r.GetString(2)}"));
        return problems;
    }
}
