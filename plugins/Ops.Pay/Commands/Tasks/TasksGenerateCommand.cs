using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Pay.Catalog;
using Ops.Pay.Commands.Regulations;
using Ops.Pay.Engine;
using Ops.Pay.Tasks;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Pay.Commands.Tasks;

/// <summary><c>ops pay tasks generate --period P [--explain]</c>: the month's tasks from the hand-written regulations and
/// from the statutory obligations catalog by each client's tax profile, deadlines moved off days off.</summary>
internal static class TasksGenerateCommand
{
    private sealed record Why(string ClientId, string Client, string Obligation, string Basis, bool Applies, string Reason, DateOnly DueByRule, DateOnly DueOn);

    public static Command Create(IOpsContext context)
    {
        var period = OpsOptions.Period("--period", "The month the tasks fall due in");
        var explain = new Option<bool>("--explain") { Description = "List every catalog obligation due in the month per client: whether it applies, why, and its deadline as the rule gives it and as moved off days off" };
        var format = FormatOption.Create();
        period.Required = true;
        var command = new Command("generate", "Create the tasks due in a month from the regulations and the statutory obligations catalog (idempotent); each goes to the client's lead") { period, explain, format };
        command.WithExamples("ops pay tasks generate --period 2026-12", "ops pay tasks generate --period 2026-12 --explain");
        command.SetAction(parse =>
        {
            var month = Period.Parse(parse.GetValue(period)!);
            RegulationsAddCommand.RequireAll(context);
            var decisions = parse.GetValue(explain) ? new List<ObligationPlanner.Decision>() : null;
            var catalog = ObligationCatalog.InForce(context.Store);
            var result = context.Store.Write(() =>
            {
                var r = TaskGenerator.Generate(context.Store, month, context.Calendar, catalog, context.Clock.GetUtcNow(), decisions);
                context.Audit.Record("pay.tasks.generate", ["period:" + month], details: $"created {r.Created}, already there {r.Existing}; catalog {catalog.Version}");
                if (decisions is not null)
                    context.Audit.Record("pay.tasks.explain", decisions.Select(d => "client:" + d.Client.Id).Distinct(), details: $"period {month}");
                return r;
            });
            if (decisions is not null)
                context.Output.Rows(decisions.Select(d => new Why(d.Client.Id, d.Client.Name, d.Obligation.TaskCode, d.Obligation.Basis, d.Applies, d.Why, d.DueByRule, d.DueOn)),
                [
                    Column.Of<Why>("client_id", w => w.ClientId), Column.Of<Why>("client", w => w.Client),
                    Column.Of<Why>("obligation", w => w.Obligation), Column.Of<Why>("basis", w => w.Basis),
                    Column.Of<Why>("applies", w => w.Applies), Column.Of<Why>("why", w => w.Reason),
                    Column.Of<Why>("due_by_rule", w => w.DueByRule), Column.Of<Why>("due_on", w => w.DueOn),
                ], parse.GetValue(format));
            context.Output.Message($"{month}: created {result.Created} task(s), {result.Existing} already there (obligations catalog {catalog.Version}, {catalog.Origin}).");
            if (result.Unassigned > 0)
                context.Output.Message($"warning: {result.Unassigned} new task(s) have no lead to go to; assign leads with ops clients, then import the assignee with ops pay tasks import");
            return ExitCodes.Ok;
        });
        return command;
    }
}
