using System.CommandLine;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Acme.Reports.Commands;

internal static class ListCommand
{
    public static Command Create(IOpsContext ops)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the notes") { format };
        command.WithExamples("ops acme-reports list", "ops acme-reports list --format csv > notes.csv");
        command.SetAction(parse =>
        {
            ops.Access.Demand(ReportsPlugin.Permission);
            var notes = ops.Store.Query("SELECT id, author, text, created_at FROM acme_reports_notes ORDER BY id",
                r => new Note(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3))).ToList();
            ops.Audit.Record("acme-reports.list", notes.Select(n => "note:" + n.Id));
            ops.Output.Rows(notes,
            [
                Column.Of<Note>("id", n => n.Id), Column.Of<Note>("author", n => n.Author),
                Column.Of<Note>("text", n => n.Text), Column.Of<Note>("created_at", n => n.CreatedAt),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
