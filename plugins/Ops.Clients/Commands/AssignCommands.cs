using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Clients.Commands;

/// <summary><c>ops clients assign|unassign</c>: assignments are closed, never deleted, so history is kept.</summary>
internal static class AssignCommands
{
    public static Command Assign(IOpsContext context)
    {
        var client = Opts.Client();
        var login = Opts.Login(description: "Who serves the client");
        var role = OpsOptions.OneOf("--role", "lead (default) or backup; a new lead replaces the current one", "lead", "backup");
        var command = new Command("assign", "Assign a staff member to a client as lead or backup") { client, login, role };
        command.WithExamples("ops clients assign 5099068639 ivanova", "ops clients assign 5099068639 petrov --role backup");
        command.SetAction(parse =>
        {
            var found = ClientLookup.FindFor(context, parse.GetValue(client)!, Permissions.Assign);
            var today = context.Today;
            var who = parse.GetValue(login)!;
            var roleValue = parse.GetValue(role) ?? "lead";
            RequireWorking(context, who, today);
            if (found.Status == "left") throw new ConflictException($"client {found.Id} has left", "bring it back first: ops clients update ID --status active");
            context.Store.Write(() =>
            {
                if (Current(context.Store, found.Id, who, today).Any(a => a.Role == roleValue))
                    throw new ConflictException($"{who} already serves client {found.Id} as {roleValue}");
                var writer = new ClientWriter(context.Store, today);
                foreach (var other in Current(context.Store, found.Id, who, today)) Close(context.Store, other.Id, today);
                if (roleValue == "lead") writer.SetRole(found.Id, "lead", who);
                else writer.Open(found.Id, who, "backup", today);
                context.Audit.Record("clients.assign", ["client:" + found.Id, "staff:" + who], details: roleValue);
            });
            context.Output.Message($"{who} now serves client {found.Id} as {roleValue}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Unassign(IOpsContext context)
    {
        var client = Opts.Client();
        var login = Opts.Login(description: "Who no longer serves the client");
        var command = new Command("unassign", "End a staff member's assignment to a client (kept in history)") { client, login };
        command.WithExamples("ops clients unassign 5099068639 petrov");
        command.SetAction(parse =>
        {
            var found = ClientLookup.FindFor(context, parse.GetValue(client)!, Permissions.Assign);
            var today = context.Today;
            var who = parse.GetValue(login)!;
            context.Store.Write(() =>
            {
                var current = Current(context.Store, found.Id, who, today).ToList();
                if (current.Count == 0) throw new NotFoundException($"{who} does not serve client {found.Id}", $"see: ops clients show {found.Id}");
                foreach (var a in current) Close(context.Store, a.Id, today);
                context.Audit.Record("clients.unassign", ["client:" + found.Id, "staff:" + who]);
            });
            context.Output.Message($"{who} no longer serves client {found.Id} (from {today:yyyy-MM-dd}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static IEnumerable<(long Id, string Role)> Current(IStore store, long clientId, string login, DateOnly today) =>
        store.Query("""
            SELECT id, role FROM clients_assignments
            WHERE client_id = $Client AND login = $Login AND from_date <= $Today AND (to_date IS NULL OR to_date > $Today)
            """, r => (r.GetInt64(0), r.GetString(1)), new { Client = clientId, Login = login, Today = today }).ToList();

    public static void Close(IStore store, long assignmentId, DateOnly today) =>
        store.Execute("UPDATE clients_assignments SET to_date = $Today WHERE id = $Id", new { Id = assignmentId, Today = today });

    public static void RequireWorking(IOpsContext context, string login, DateOnly today)
    {
        var person = context.Staff.Find(login) ?? throw new NotFoundException($"no staff member '{login}'", "see: ops staff list");
        if (person.HasLeft(today)) throw new InvalidInputException($"{login} has left the firm", "assign someone who works here");
    }
}
