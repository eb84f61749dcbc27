using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;

namespace Ops.Clients.Commands;

internal static class ListCommand
{
    public static Command Create(IOpsContext context)
    {
        var status = OpsOptions.OneOf("--status", "active, paused, left or any (default: all but left)", "active", "paused", "left", "any");
        var key = new Option<bool>("--key") { Description = "Key clients only" };
        var lead = OpsOptions.Text("--lead", "Clients whose current lead is this person", "LOGIN");
        var format = FormatOption.Create();
        var command = new Command("list", "List the clients you may see; contacts masked where you may not see them") { status, key, lead, format };
        command.WithExamples("ops clients list --lead volkova --key", "ops clients list --as volkova   # what she sees", "ops clients list --format csv --delimiter ';' --bom --out clients.csv   # for Russian Excel");
        command.SetAction(parse =>
        {
            var access = new ClientAccess(context);
            access.DemandView();
            var query = new ClientQuery(access);
            Filters.Status(query, parse.GetValue(status));
            if (parse.GetValue(key)) query.Where.Add("c.is_key = 1");
            if (parse.GetValue(lead) is { } l)
            {
                query.Where.Add("""
                    EXISTS (SELECT 1 FROM clients_assignments fa WHERE fa.client_id = c.id AND fa.login = $Lead AND fa.role = 'lead'
                        AND fa.from_date <= $ScopeToday AND (fa.to_date IS NULL OR fa.to_date > $ScopeToday))
                    """);
                query.Args["Lead"] = l;
            }
            var audit = new ViewAudit(context, "list");
            // A first pass records what is about to be shown (committed); the second shows it.
            audit.RecordBefore(query.Seen());
            context.Output.Rows(query.Run(), ClientColumns.List, parse.GetValue(format));
            audit.Done(access);
            return ExitCodes.Ok;
        });
        return command;
    }
}
