using System.CommandLine;
using Ops.Pay.Tasks;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Regulations;

/// <summary><c>ops pay regulations list</c>.</summary>
internal static class RegulationsListCommand
{
    public static Command Create(IOpsContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List regulations and their deadlines") { format };
        command.WithExamples("ops pay regulations list");
        command.SetAction(parse =>
        {
            context.Access.Demand("pay.tasks");
            context.Output.Rows(Regulation.All(context.Store).Where(r => !r.FromCatalog),
            [
                Column.Of<Regulation>("code", r => r.Code),
                Column.Of<Regulation>("service", r => r.Service),
                Column.Of<Regulation>("title", r => r.Title),
                Column.Of<Regulation>("every", r => r.Every),
                Column.Of<Regulation>("due_day", r => r.DueDay),
                Column.Of<Regulation>("offset_months", r => r.OffsetMonths),
                Column.Of<Regulation>("statutory", r => r.Statutory),
                Column.Of<Regulation>("points", r => r.Points),
                Column.Of<Regulation>("schedule", r => r.Schedule),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
