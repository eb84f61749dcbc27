using System.CommandLine;
using Ops.Pay.Commands.Regulations;
using Ops.Pay.Tasks;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Tasks;

/// <summary><c>ops pay tasks import FILE</c>: all-or-nothing.</summary>
internal static class TasksImportCommand
{
    public static Command Create(IOpsContext context)
    {
        var file = new Argument<string>("FILE") { Description = "CSV: regulation,inn,due_on[,assignee,done_on,fine] (UTF-8 or Windows-1251, ',' or ';')" };
        var command = new Command("import", "Import or update tasks from a CSV; one bad row refuses the whole file") { file };
        command.WithExamples("ops pay tasks import tasks-2026-11.csv");
        command.SetAction(parse =>
        {
            RegulationsAddCommand.RequireAll(context);
            var path = parse.GetValue(file)!;
            var (inserted, updated) = context.Store.Write(() =>
            {
                var rows = TaskImport.Read(context.Store, path);
                var result = TaskImport.Write(context.Store, rows);
                context.Audit.Record("pay.tasks.import", rows.Select(r => "client:" + r.ClientId).Distinct(), details: $"{path}: {result.Item1} new, {result.Item2} updated");
                return result;
            });
            context.Output.Message($"Imported {path}: {inserted} new task(s), {updated} updated.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
