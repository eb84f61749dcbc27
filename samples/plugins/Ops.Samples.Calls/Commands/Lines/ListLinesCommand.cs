using System.CommandLine;
using Ops.Samples.Calls.Data;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Samples.Calls.Commands.Lines;

internal static class ListLinesCommand
{
    public static Command Create(IOpsContext ops)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the registered lines") { format };
        command.WithExamples("ops calls lines list");
        command.SetAction(parse =>
        {
            // Lines name staff, not clients: anyone who manages lines or reads the reports may list them.
            if (!ops.Access.Decide(Permissions.Report).Allowed) ops.Access.Demand(Permissions.Lines);
            var lines = ops.Store.Query(Data.Lines.Select + " ORDER BY line", Data.Lines.Read).ToList();
            ops.Output.Rows(lines,
            [
                Column.Of<Line>("line", l => l.Name), Column.Of<Line>("kind", l => l.Kind), Column.Of<Line>("login", l => l.Login),
                Column.Of<Line>("corporate", l => l.Corporate), Column.Of<Line>("recorded", l => l.Recorded),
                Column.Of<Line>("note", l => l.Note), Column.Of<Line>("added_on", l => l.AddedOn),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
