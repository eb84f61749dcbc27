using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Pay.Tasks;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Pay.Commands.Tasks;

/// <summary><c>ops pay tasks list [--period P] [--person LOGIN] [--status S]</c>, within the actor's pay.tasks scope.</summary>
internal static class TasksListCommand
{
    public static Command Create(IOpsContext context)
    {
        var period = OpsOptions.Period("--period", "Only tasks due in this month");
        var person = new Option<string?>("--person") { Description = "Only tasks assigned to this login", HelpName = "LOGIN" };
        var status = OpsOptions.OneOf("--status", "Only tasks in this state: open, overdue, done or late", "open", "overdue", "done", "late");
        var format = FormatOption.Create();
        var command = new Command("list", "List tasks you may see (your own, your team's or all, by your pay.tasks scope)") { period, person, status, format };
        command.WithExamples("ops pay tasks list --period 2026-11 --person volkova", "ops pay tasks list --status overdue");
        command.SetAction(parse =>
        {
            var scope = context.Access.Demand("pay.tasks");
            var p = parse.GetValue(period) is { } text ? Period.Parse(text).ToString() : null;
            var visible = PayAccess.Visible(context, scope);
            var who = parse.GetValue(person);
            if (who is not null && !PayAccess.Sees(visible, who))
            {
                context.Audit.Record("pay.tasks.view", ["staff:" + who], "denied");
                throw new AccessDeniedException($"denied: your pay.tasks scope does not reach {who}'s tasks", "list your own tasks without --person");
            }
            var today = context.Today;
            var rows = TaskRows.Read(context, visible, p, who, today);
            if (parse.GetValue(status) is { } s) rows = rows.Where(t => t.Status == s).ToList();
            TaskRows.Audit(context, "pay.tasks.view", rows, $"period {p ?? "any"}");
            context.Output.Rows(rows, TaskRows.Columns, parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
