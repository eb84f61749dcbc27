using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Clients.Commands;

internal static class ArchiveCommand
{
    public static Command Create(IOpsContext context)
    {
        var client = Opts.Client();
        var date = OpsOptions.Date("--date", "The day the client left (default: today)");
        var reason = OpsOptions.Text("--reason", "Why the client left").CarriesClientData();
        var with = OpsOptions.Text("--left-with", "The employee the client left together with", "LOGIN");
        var command = new Command("archive", "Record that a client left (with date, reason and, if so, the employee it left with); assignments end") { client, date, reason, with };
        command.WithExamples("ops clients archive 5099068639 --date 2026-11-20 --reason \"ушёл вслед за бухгалтером\" --left-with volkova");
        command.SetAction(parse =>
        {
            var found = ClientLookup.FindFor(context, parse.GetValue(client)!, Permissions.Edit);
            var today = context.Today;
            var on = parse.GetValue(date) ?? today;
            if (on > today) throw new InvalidInputException($"--date {on:yyyy-MM-dd} is in the future", "archive on or after the day the client leaves");
            var leftWith = parse.GetValue(with);
            if (leftWith is not null && context.Staff.Find(leftWith) is null)
                throw new InvalidInputException($"--left-with '{leftWith}' is not in the staff directory", "use a staff login (ops staff list)");
            if (found.Status == "left") throw new ConflictException($"client {found.Id} is already archived", "to bring it back: ops clients update ID --status active");
            var reasonText = parse.GetValue(reason) ?? (leftWith is null ? "" : $"left together with employee {leftWith}");
            context.Store.Write(() =>
            {
                context.Store.Execute("""
                    UPDATE clients_clients SET status = 'left', left_on = $On, left_reason = $Reason, left_with = $With WHERE id = $Id
                    """, new { On = on, Reason = reasonText, With = leftWith, found.Id });
                context.Store.Execute("UPDATE clients_assignments SET to_date = $On WHERE client_id = $Id AND (to_date IS NULL OR to_date > $On)",
                    new { On = on, found.Id });
                context.Audit.Record("clients.archive", ["client:" + found.Id], details: reasonText);
            });
            context.Output.Message($"Client {found.Id} archived as left on {on:yyyy-MM-dd}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
