using System.CommandLine;
using Ops.Pay.Data;
using Ops.Pay.Tasks;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Tasks;

/// <summary><c>ops pay tasks overdue</c>: open tasks past their due date; exits 1 when there are any (for cron).</summary>
internal static class TasksOverdueCommand
{
    public static Command Create(IOpsContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("overdue", "List open tasks past their due date that you may see; exit 1 when there are any") { format };
        command.WithExamples("ops pay tasks overdue");
        command.SetAction(parse =>
        {
            var scope = context.Access.Demand("pay.tasks");
            var today = context.Today;
            var rows = TaskRows.Read(context, PayAccess.Visible(context, scope), null, null, today).Where(t => t.Status == "overdue").ToList();
            TaskRows.Audit(context, "pay.tasks.view", rows, "overdue");
            context.Output.Rows(rows, TaskRows.Columns, parse.GetValue(format));
            if (rows.Count > 0) context.Output.Message($"{rows.Count} task(s) overdue.");
            return rows.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
