using System.CommandLine;
using Ops.Pay.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Plans;

/// <summary><c>ops pay plans add FILE</c>: lints and stores a plan version.</summary>
internal static class PlansAddCommand
{
    public static Command Create(IOpsContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plan's YAML file (schema in docs/pay.md)" };
        var command = new Command("add", "Lint a plan file and load it as a new plan version") { file };
        command.WithExamples("ops pay plans add plans/accountant.yaml");
        command.SetAction(parse =>
        {
            context.Access.Demand("pay.plans");
            var path = parse.GetValue(file)!;
            context.Store.Write(() =>
            {
                var (plan, source) = PlanFile.Load(context, path);
                PlanStore.Add(context.Store, plan, Path.GetFileName(path), source, context.Clock.GetUtcNow(), context.Actor.Login);
                context.Audit.Record("pay.plans.add", [$"plan:{plan.Id}@{plan.Version}"], details: path);
                context.Output.Message($"Loaded plan {plan.Label} for {plan.TargetKind} {plan.Target}, in force from {plan.EffectiveFrom:yyyy-MM-dd}.");
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
