using System.CommandLine;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Plans;

/// <summary><c>ops pay plans lint FILE</c>: every check <c>add</c> makes, nothing written.</summary>
internal static class PlansLintCommand
{
    public static Command Create(IOpsContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The plan's YAML file" };
        var command = new Command("lint", "Check a plan file (schema, meaning, overlaps with loaded plans) without loading it; exit 5 lists every problem") { file };
        command.WithExamples("ops pay plans lint plans/accountant.yaml");
        command.SetAction(parse =>
        {
            context.Access.Demand("pay.plans");
            var (plan, _) = PlanFile.Load(context, parse.GetValue(file)!);
            context.Output.Message($"{parse.GetValue(file)}: plan {plan.Label} is fine.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
