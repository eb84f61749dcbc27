using System.CommandLine;
using Ops.Sdk.Cli;
using System.Globalization;
using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Pay.Commands.Tasks;

/// <summary><c>ops pay tasks done ID... [--on DATE] [--fine AMOUNT]</c>.</summary>
internal static class TasksDoneCommand
{
    public static Command Create(IOpsContext context)
    {
        var ids = new Argument<long[]>("ID") { Description = "Task ids (see ops pay tasks list)", Arity = ArgumentArity.OneOrMore };
        var on = OpsOptions.Date("--on", "The day it was done (default: today)");
        var fine = new Option<string?>("--fine") { Description = "A fine the client was charged because of this task, in roubles", HelpName = "AMOUNT" };
        var command = new Command("done", "Mark tasks done (on time or late is decided by the date), optionally with the client fine it caused") { ids, on, fine };
        command.WithExamples("ops pay tasks done 311 312 --on 2026-11-25", "ops pay tasks done 318 --fine 5000");
        command.SetAction(parse =>
        {
            var scope = context.Access.Demand("pay.tasks");
            var today = context.Today;
            var day = parse.GetValue(on) ?? today;
            if (day > today) throw new InvalidInputException($"--on {day:yyyy-MM-dd} is in the future", "mark work done when it is done");
            long? fineKopecks = null;
            if (parse.GetValue(fine) is { } f)
            {
                if (!decimal.TryParse(f.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                    throw new InvalidInputException($"--fine '{f}' is not an amount", "write roubles, e.g. 5000 or 5000.50");
                fineKopecks = Money.ToKopecks(amount);
            }
            var visible = PayAccess.Visible(context, scope);
            context.Store.Write(() =>
            {
                foreach (var id in parse.GetValue(ids)!)
                {
                    var assignee = context.Store.Query("SELECT assignee FROM pay_tasks WHERE id = $Id", r => r.IsDBNull(0) ? null : r.GetString(0), new { Id = id }).ToList();
                    // A task outside the actor's scope looks absent, so done is no oracle for other people's tasks.
                    if (assignee.Count == 0 || !PayAccess.Sees(visible, assignee[0]))
                        throw new NotFoundException($"no task {id} that you may change", "see your tasks with: ops pay tasks list");
                    context.Store.Execute("UPDATE pay_tasks SET done_on = $Day, fine_kopecks = coalesce($Fine, fine_kopecks) WHERE id = $Id",
                        new { Day = day, Fine = fineKopecks, Id = id });
                }
                context.Audit.Record("pay.tasks.done", parse.GetValue(ids)!.Select(i => "task:" + i.ToString(CultureInfo.InvariantCulture)), details: "on " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            });
            context.Output.Message($"Marked {parse.GetValue(ids)!.Length} task(s) done on {day:yyyy-MM-dd}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
