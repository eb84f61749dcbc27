using System.CommandLine;
using Ops.Pay.Data;
using Ops.Pay.Plans;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Plans;

/// <summary><c>ops pay plans list</c>: every version, with the dates it is in force.</summary>
internal static class PlansListCommand
{
    public static Command Create(IOpsContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List plan versions with what they apply to and when they are in force") { format };
        command.WithExamples("ops pay plans list");
        command.SetAction(parse =>
        {
            context.Access.Demand("pay.plans");
            var today = context.Today;
            var plans = PlanStore.All(context.Store).OrderBy(p => p.Id).ThenBy(p => p.Version).ToList();
            if (PublishedRules.PublishMissing(context.Store, plans))
                context.Output.Message("Published the premium rules of plans loaded before pay 1.2 (pay_plan_rules_v1), for the «Положение о премировании».");
            context.Audit.Record("pay.plans.view", plans.Select(p => $"plan:{p.Id}@{p.Version}"));
            context.Output.Rows(plans, Columns(today), parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Column<Plan>[] Columns(DateOnly today) =>
    [
        Column.Of<Plan>("id", p => p.Id),
        Column.Of<Plan>("version", p => p.Version),
        Column.Of<Plan>("applies_to", p => $"{p.TargetKind}:{p.Target}"),
        Column.Of<Plan>("effective_from", p => p.EffectiveFrom),
        Column.Of<Plan>("effective_to", p => p.EffectiveTo),
        Column.Of<Plan>("in_force", p => p.InForceOn(today)),
        Column.Of<Plan>("fixed", p => p.Fixed),
        Column.Of<Plan>("rewards_keeping_clients", p => p.RewardsKeepingClients),
    ];
}
