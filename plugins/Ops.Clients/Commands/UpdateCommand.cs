using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Clients.Commands;

internal static class UpdateCommand
{
    public static Command Create(IOpsContext context)
    {
        var client = Opts.Client();
        var options = new ClientOptions();
        var status = OpsOptions.OneOf("--status", "active or paused (to mark a client as gone use: ops clients archive)", "active", "paused");
        var from = OpsOptions.Date("--from", "The day a new --fee takes effect (default today); the earlier fee stays in the history, so closed pay periods keep theirs");
        var command = new Command("update", "Change a client's details") { client, status, from };
        options.AddTo(command, "inn");
        command.WithExamples("ops clients update 5099068639 --fee 23000 --from 2026-12-01", "ops clients update 7738525090 --status paused");
        command.SetAction(parse =>
        {
            var found = ClientLookup.FindFor(context, parse.GetValue(client)!, Permissions.Edit);
            var today = context.Today;
            var fields = options.Read(parse, context);
            var stored = context.Store.Query("SELECT inn, ogrn, kpp, legal_form FROM clients_clients WHERE id = $Id",
                r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)),
                new { found.Id }).Single();
            if (fields.IdentityProblem(stored) is { } idProblem) throw new InvalidInputException($"--{idProblem.Column.Replace('_', '-')}: {idProblem.Problem}", idProblem.Fix);
            if (parse.GetValue(from) is { } feeFrom)
            {
                if (!fields.Columns.ContainsKey("monthly_fee_kopecks"))
                    throw new UsageException("--from dates a fee change and needs --fee", "e.g. ops clients update 42 --fee 25000 --from 2026-04-01");
                fields.FeeFrom = feeFrom;
            }
            if (parse.GetValue(status) is { } s)
            {
                fields.Columns["status"] = s;
                if (s == "active") { fields.Columns["left_on"] = null; fields.Columns["left_reason"] = null; fields.Columns["left_with"] = null; }
            }
            if (fields.LeadGiven || fields.BackupGiven) ClientAccess.DemandFor(context, Permissions.Assign, found.Id, today);
            if (fields.Columns.Count == 0 && fields.Domains is null && !fields.LeadGiven && !fields.BackupGiven)
                throw new UsageException("nothing to change", "give at least one option, see: ops clients update --help");
            context.Store.Write(() =>
            {
                new ClientWriter(context.Store, today).Update(found.Id, fields);
                context.Audit.Record("clients.update", ["client:" + found.Id], details: string.Join(",", fields.Columns.Keys));
            });
            context.Output.Message($"Updated client {found.Id}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
