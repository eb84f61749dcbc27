using System.CommandLine;
using Ops.Documents.Regime;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs regime</c>: the five measures of 98-FZ art. 10 against the live data. Exits 1 while any is missing.</summary>
internal static class RegimeCommand
{
    public static Command Create(IOpsContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("regime", "Check the five measures of the trade-secret regime (98-FZ art. 10); exit 1 while any is missing") { format };
        command.WithExamples("ops docs regime", "ops docs regime > regime.txt");
        command.SetAction(parse =>
        {
            if (context.Access.Demand("docs.status") < Scope.All)
            {
                context.Audit.Record("docs.regime", result: "denied", details: "needs docs.status with scope all");
                throw new AccessDeniedException("denied: the regime check covers everyone and needs docs.status with scope all",
                    $"ops access explain {context.Actor.Login} docs.status");
            }
            var measures = RegimeCheck.Run(context);
            context.Audit.Record("docs.regime", measures.SelectMany(m => m.Records).Distinct(),
                details: string.Join(", ", measures.Select(m => $"{m.Id}={(m.Done ? "done" : "missing")}")));
            var f = parse.GetValue(format);
            context.Output.Rows(measures,
            [
                Column.Of<Measure>("measure", m => m.Number),
                Column.Of<Measure>("id", m => m.Id),
                Column.Of<Measure>("state", m => m.Done ? "done" : "missing"),
                Column.Of<Measure>("title", m => m.Title),
                Column.Of<Measure>("missing", m => f == OutputFormat.Table ? string.Join("; ", m.Missing) : m.Missing),
                Column.Of<Measure>("fix", m => f == OutputFormat.Table ? m.Fixes.FirstOrDefault() : m.Fixes),
            ], f);
            var open = measures.Count(m => !m.Done);
            context.Output.Message(open == 0
                ? "The trade-secret regime is in place: all five measures of 98-FZ art. 10 are done."
                : $"{open} of 5 measures missing: without all five there is no trade-secret regime, and a disclosure cannot be punished.");
            return open == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }
}
