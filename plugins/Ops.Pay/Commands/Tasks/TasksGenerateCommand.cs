using System.CommandLine;
using Ops.Pay.Commands.Regulations;
using Ops.Pay.Engine;
using Ops.Pay.Tasks;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Pay.Commands.Tasks;

/// <summary><c>ops pay tasks generate --period P</c>.</summary>
internal static class TasksGenerateCommand
{
    public static Command Create(IOpsContext context)
    {
        var period = new Option<string>("--period") { Description = "The month the tasks fall due in (YYYY-MM)", Required = true, HelpName = "YYYY-MM" };
        var command = new Command("generate", "Create the tasks due in a month from the regulations (idempotent); each goes to the client's lead") { period };
        command.SetAction(parse =>
        {
            var month = Period.Parse(parse.GetValue(period)!);
            RegulationsAddCommand.RequireAll(context);
            var result = context.Store.Write(() =>
            {
                var r = TaskGenerator.Generate(context.Store, month);
                context.Audit.Record("pay.tasks.generate", ["period:" + month], details: $"created {r.Created}, already there {r.Existing}");
                return r;
            });
            context.Output.Message($"{month}: created {result.Created} task(s), {result.Existing} already there.");
            if (result.Unassigned > 0)
                context.Output.Message($"warning: {result.Unassigned} new task(s) have no lead to go to; assign leads with ops clients, then import the assignee with ops pay tasks import");
            return ExitCodes.Ok;
        });
        return command;
    }
}
