using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;

namespace Ops.Clients.Commands;

internal static class ReassignCommand
{
    public static Command Create(IOpsContext context)
    {
        var from = OpsOptions.Text("--from", "The person whose clients move (e.g. a leaving employee)", "LOGIN");
        var to = OpsOptions.Text("--to", "The person who takes them over, in the same roles", "LOGIN");
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would move; change nothing" };
        from.Required = true;
        to.Required = true;
        var command = new Command("reassign", "Move all of one person's current assignments to another (bulk; audited as such)") { from, to, dryRun };
        command.WithExamples("ops clients reassign --from volkova --to ivanova --dry-run", "ops clients reassign --from volkova --to ivanova");
        command.SetAction(parse =>
        {
            var fromLogin = parse.GetValue(from)!;
            var toLogin = parse.GetValue(to)!;
            var today = context.Today;
            if (fromLogin == toLogin) throw new UsageException("--from and --to are the same person");
            if (context.Staff.Find(fromLogin) is null) throw new NotFoundException($"no staff member '{fromLogin}'", "see: ops staff list");
            AssignCommands.RequireWorking(context, toLogin, today);
            var decision = context.Access.Decide(Permissions.Assign);
            if (!decision.Allowed) context.Access.Demand(Permissions.Assign);
            var args = ClientScope.Args(context.Actor.Login, today);
            args["From"] = fromLogin;
            var moving = context.Store.Query($"""
                SELECT a.id, a.client_id, a.role, CASE WHEN {ClientScope.Predicate(decision.Scope)} THEN 1 ELSE 0 END AS covered
                FROM clients_assignments a JOIN clients_clients c ON c.id = a.client_id
                WHERE a.login = $From AND a.from_date <= $ScopeToday AND (a.to_date IS NULL OR a.to_date > $ScopeToday)
                ORDER BY a.client_id
                """, r => (Id: r.GetInt64(0), Client: r.GetInt64(1), Role: r.GetString(2), Covered: r.GetInt64(3) == 1), args).ToList();
            if (moving.Count == 0) throw new NotFoundException($"{fromLogin} has no current assignments");
            var outside = moving.Where(m => !m.Covered).Select(m => m.Client).Distinct().ToList();
            if (outside.Count > 0)
            {
                context.Audit.Record(Permissions.Assign, outside.Select(c => "client:" + c), "denied", $"reassign {fromLogin} → {toLogin}: out of scope");
                throw new AccessDeniedException(
                    $"denied: {outside.Count} of {fromLogin}'s clients are outside your clients.assign scope ({decision.Scope.Text()}); nothing was moved",
                    "ask someone with clients.assign scope all to run it");
            }
            var clients = moving.Select(m => m.Client).Distinct().ToList();
            if (parse.GetValue(dryRun))
            {
                context.Output.Message($"Would move {moving.Count} assignment(s) on {clients.Count} client(s) from {fromLogin} to {toLogin}; nothing changed.");
                foreach (var c in clients) context.Output.Out.WriteLine(c);
                return ExitCodes.Ok;
            }
            context.Store.Write(() =>
            {
                foreach (var m in moving)
                {
                    AssignCommands.Close(context.Store, m.Id, today);
                    var already = AssignCommands.Current(context.Store, m.Client, toLogin, today).ToList();
                    if (already.Any(a => a.Role == m.Role || a.Role == "lead")) continue;
                    foreach (var a in already) AssignCommands.Close(context.Store, a.Id, today);
                    context.Store.Execute("INSERT INTO clients_assignments (client_id, login, role, from_date) VALUES ($Client, $Login, $Role, $From)",
                        new { m.Client, Login = toLogin, m.Role, From = today });
                }
                context.Audit.Record("clients.reassign", clients.Select(c => "client:" + c).Append("staff:" + fromLogin).Append("staff:" + toLogin),
                    details: $"bulk: {clients.Count} client(s) from {fromLogin} to {toLogin}");
            });
            context.Output.Message($"Moved {moving.Count} assignment(s) on {clients.Count} client(s) from {fromLogin} to {toLogin}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
