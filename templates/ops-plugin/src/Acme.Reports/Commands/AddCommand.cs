using System.CommandLine;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Acme.Reports.Commands;

internal static class AddCommand
{
    public static Command Create(IOpsContext ops)
    {
        var text = new Argument<string>("text") { Description = "The note" };
        var command = new Command("add", "Add a note") { text };
        command.WithExamples("ops acme-reports add \"Позвонить клиенту\"");
        command.SetAction(parse =>
        {
            ops.Access.Demand(ReportsPlugin.Permission);
            var note = Note.Validate(parse.GetValue(text)!);
            var id = ops.Store.Write(() =>
            {
                var newId = ops.Store.Scalar<long>(
                    "INSERT INTO acme_reports_notes (author, text, created_at) VALUES ($Author, $Text, $At) RETURNING id",
                    new { Author = ops.Actor.Login, Text = note, At = ops.Clock.GetUtcNow() });
                ops.Audit.Record("acme-reports.add", ["note:" + newId]);
                return newId;
            });
            ops.Output.Message($"Added note {id}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
