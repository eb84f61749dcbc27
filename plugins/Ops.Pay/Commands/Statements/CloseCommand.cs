using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Pay.Commands.Statements;

/// <summary><c>ops pay close --period P</c>: freezes every statement of the month; later changes show as adjustments.</summary>
internal static class CloseCommand
{
    private sealed record Closed(string Login, string Plan, int Lines, decimal Total);

    public static Command Create(IOpsContext context)
    {
        var period = OpsOptions.Period("--period", "The month to close");
        var format = FormatOption.Create();
        period.Required = true;
        var command = new Command("close", "Freeze a month's statements; recalculating it later shows differences as adjustments") { period, format };
        command.WithExamples("ops pay close --period 2026-10");
        command.SetAction(parse =>
        {
            var month = Period.Parse(parse.GetValue(period)!);
            context.Access.Demand("pay.close");
            var today = context.Today;
            if (month.Last >= today)
                throw new ConflictException($"{month} is not over yet (today is {today:yyyy-MM-dd})", "close a month after its last day");
            var store = context.Store;
            var statements = store.Write(() =>
            {
                if (Data.Statements.IsClosed(store, month))
                    throw new ConflictException($"{month} is already closed", $"see it, with adjustments for later changes: ops pay calc --period {month}");
                var result = Data.Statements.Calculate(store, context.Calendar, month, today, PlanStore.Book(store), _ => true);
                Data.Statements.Freeze(store, month, result, context.Clock.GetUtcNow(), context.Actor.Login);
                context.Audit.Record("pay.close", ["period:" + month, .. result.Select(s => "staff:" + s.Login)]);
                return result;
            });
            // Closing needs pay.close; showing the amounts still goes by the closer's pay.statements scope.
            var decision = context.Access.Decide("pay.statements");
            var visible = decision.Scope is { } scope ? PayAccess.Visible(context, scope) : [];
            context.Output.Rows(statements.Where(s => PayAccess.Sees(visible, s.Login)).Select(s => new Closed(s.Login, $"{s.PlanId} v{s.PlanVersion}", s.Lines.Count, s.Total)),
            [
                Column.Of<Closed>("login", c => c.Login), Column.Of<Closed>("plan", c => c.Plan),
                Column.Of<Closed>("lines", c => c.Lines), Column.Of<Closed>("total", c => c.Total),
            ], parse.GetValue(format));
            context.Output.Message(visible is null
                ? $"Closed {month}: {statements.Count} statement(s), total {Money.Text(statements.Sum(s => s.Total))}."
                : $"Closed {month}: {statements.Count} statement(s).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
