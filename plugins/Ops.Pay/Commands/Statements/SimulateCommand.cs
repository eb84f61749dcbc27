using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Pay.Commands.Plans;
using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Pay.Commands.Statements;

/// <summary><c>ops pay simulate --plan FILE --period P</c>: what a plan would cost against the plans in force.</summary>
internal static class SimulateCommand
{
    private sealed record Difference(string Login, string PlanNow, string PlanSimulated, decimal Now, decimal Simulated, decimal Rate)
    {
        public decimal Change => Simulated - Now;
        public decimal CostNow => Money.Round(Now * (1 + Rate / 100m));
        public decimal CostSimulated => Money.Round(Simulated * (1 + Rate / 100m));
    }

    public static Command Create(IOpsContext context)
    {
        var plan = new Option<string>("--plan") { Description = "A plan file; it replaces every version of its id for the month", Required = true, HelpName = "FILE" };
        var period = OpsOptions.Period("--period", "The month");
        var format = FormatOption.Create();
        period.Required = true;
        var command = new Command("simulate", "Per-person gross pay and the cost to the firm with insurance contributions under a plan file, against the plans in force; nothing is written") { plan, period, format };
        command.WithExamples("ops pay simulate --plan plans/accountant.yaml --period 2026-11");
        command.SetAction(parse =>
        {
            var month = Period.Parse(parse.GetValue(period)!);
            context.Access.Demand("pay.plans");
            if (context.Access.Demand("pay.statements") != Scope.All)
                throw new AccessDeniedException("denied: simulating shows everyone's pay, which needs pay.statements with scope all",
                    $"ask an admin: ops access explain {context.Actor.Login} pay.statements");
            var (candidate, _) = PlanFile.Load(context, parse.GetValue(plan)!, againstStore: false);
            if (!candidate.InForceOn(month.Last) && !candidate.InForceOn(month.First))
                throw new InvalidInputException($"plan {candidate.Label} is not in force in {month} (from {candidate.EffectiveFrom:yyyy-MM-dd})", "simulate a month the plan covers, or change its dates");
            var store = context.Store;
            var today = context.Today;
            var book = PlanStore.Book(store);
            var inputs = CalcData.Load(store, month, today, context.Calendar);
            var now = Calculator.Calculate(inputs, book).ToDictionary(s => s.Login, StringComparer.Ordinal);
            var simulated = Calculator.Calculate(inputs, book.With(candidate)).ToDictionary(s => s.Login, StringComparer.Ordinal);
            var rate = PaySettings.ContributionsRate(store);
            var rows = now.Keys.Union(simulated.Keys).Order(StringComparer.Ordinal).Select(login => new Difference(login,
                now.TryGetValue(login, out var a) ? $"{a.PlanId} v{a.PlanVersion}" : "", simulated.TryGetValue(login, out var b) ? $"{b.PlanId} v{b.PlanVersion}" : "",
                a?.Total ?? 0m, b?.Total ?? 0m, rate)).ToList();
            rows.Add(new Difference("TOTAL", "", "", rows.Sum(r => r.Now), rows.Sum(r => r.Simulated), rate));
            context.Audit.Record("pay.simulate", rows.Take(rows.Count - 1).Select(r => "staff:" + r.Login), details: $"{parse.GetValue(plan)} for {month}");
            context.Output.Rows(rows,
            [
                Column.Of<Difference>("login", d => d.Login), Column.Of<Difference>("plan_now", d => d.PlanNow),
                Column.Of<Difference>("plan_simulated", d => d.PlanSimulated), Column.Of<Difference>("total_now", d => d.Now),
                Column.Of<Difference>("total_simulated", d => d.Simulated), Column.Of<Difference>("difference", d => d.Change),
                Column.Of<Difference>("cost_now", d => d.CostNow), Column.Of<Difference>("cost_simulated", d => d.CostSimulated),
            ], parse.GetValue(format));
            context.Output.Message($"total_* are gross pay, before НДФЛ; cost_* add insurance contributions at {Money.Num(rate)}% (set with: ops pay settings --contributions-rate PERCENT).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
