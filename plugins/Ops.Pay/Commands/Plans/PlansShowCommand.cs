using System.CommandLine;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Plans;

/// <summary><c>ops pay plans show ID [--version N]</c>: the YAML as loaded.</summary>
internal static class PlansShowCommand
{
    public static Command Create(IOpsContext context)
    {
        var id = new Argument<string>("ID") { Description = "The plan id" };
        var version = new Option<int?>("--version") { Description = "The version (default: the highest)", HelpName = "N" };
        var command = new Command("show", "Print a plan version's YAML as it was loaded") { id, version };
        command.WithExamples("ops pay plans show accountant", "ops pay plans show accountant --version 1");
        command.SetAction(parse =>
        {
            context.Access.Demand("pay.plans");
            var planId = parse.GetValue(id)!;
            var row = context.Store.Query("""
                SELECT version, source FROM pay_plans WHERE id = $Id AND (version = $Version OR $Version IS NULL)
                ORDER BY version DESC LIMIT 1
                """, r => (Version: r.Int("version"), Source: r.Text("source")), new { Id = planId, Version = parse.GetValue(version) }).ToList();
            if (row.Count == 0) throw new NotFoundException($"no plan '{planId}'{(parse.GetValue(version) is { } v ? $" version {v}" : "")}", "see: ops pay plans list");
            context.Audit.Record("pay.plans.view", [$"plan:{planId}@{row[0].Version}"]);
            context.Output.Out.Write(row[0].Source);
            if (!row[0].Source.EndsWith('\n')) context.Output.Out.WriteLine();
            return ExitCodes.Ok;
        });
        return command;
    }
}
