using System.CommandLine;
using Ops.Mail.Model;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Mail.Commands;

internal static class CoverageCommand
{
    public static Command Create(IOpsContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("coverage", "Staff without a corporate mailbox, mailboxes without copy rules, client domains not covered, leaving staff") { format };
        command.WithExamples("ops mail coverage", "ops mail coverage --format csv --delimiter ';' --bom > coverage.csv");
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Policy);
            var survey = SurveyBuilder.Build(context);
            var gaps = Coverage.Gaps(context, survey);
            // On record (committed) before anything about the clients is shown, the messages on stderr included.
            context.Audit.Record("mail.coverage", survey.EmbeddedClients.Select(id => "client:" + id));
            Rendering.Explain(context, survey);
            foreach (var p in survey.Problems) context.Output.Message("Cannot be used in rules: " + p);
            context.Output.Rows(gaps, [
                Column.Of<Gap>("kind", g => g.Kind),
                Column.Of<Gap>("subject", g => g.Subject),
                Column.Of<Gap>("record", g => g.Record),
                Column.Of<Gap>("detail", g => g.Detail),
                Column.Of<Gap>("fix", g => g.Fix),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
