using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Staff;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Store;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Staff;

/// <summary><c>ops staff offboard LOGIN</c>: the departure plan, one checklist from the host and every enabled plugin.
/// Exit 1 when a pending step is past its due date, so cron can nag.</summary>
internal static class StaffOffboardCommand
{
    public static Command Create(OpsSession s)
    {
        var login = Args.Login("The departing person's staff login");
        var format = FormatOption.Create();
        var command = new Command("offboard",
            "The departure plan: every step from notice to the last day (host and plugins), with its state, due date and the command " +
            "that does it; exits 1 when a pending step is past due")
        {
            login, format,
        };
        command.WithExamples("ops staff offboard volkova", "ops staff offboard volkova --format xlsx --out offboard-volkova.xlsx");
        command.SetAction(parse =>
        {
            var scope = s.Access.Demand(HostPermissions.StaffOffboard);
            var who = parse.GetValue(login)!;
            // A grant with a narrower scope (team) reaches only those people.
            var member = StaffLookup.FindFor(s, scope, who, "whose plan you may see");
            var person = DeparturePlan.Person(member);
            var steps = DeparturePlan.Gather(s, person);
            s.Audit.Record("staff.offboard", ["staff:" + who],
                details: $"last day {person.LastWorkingDay.ToIso()}: {steps.Count} step(s), {steps.Count(p => p.Overdue)} overdue");
            s.Output.Rows(steps, Columns, parse.GetValue(format));
            var overdue = steps.Count(p => p.Overdue);
            s.Output.Message(overdue == 0
                ? $"{who}: last working day {person.LastWorkingDay.ToIso()}; nothing is overdue."
                : $"{who}: last working day {person.LastWorkingDay.ToIso()}; {overdue} step(s) past due.");
            return overdue == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static readonly IReadOnlyList<Column<PlanStep>> Columns =
    [
        Column.Of<PlanStep>("step", p => p.Step.Id),
        Column.Of<PlanStep>("state", p => DeparturePlan.StateText(p.Step.State)),
        Column.Of<PlanStep>("due", p => p.Step.Due),
        Column.Of<PlanStep>("overdue", p => p.Overdue),
        Column.Of<PlanStep>("title", p => p.Step.Title),
        Column.Of<PlanStep>("command", p => p.Step.Command),
        Column.Of<PlanStep>("detail", p => p.Step.Detail),
        Column.Of<PlanStep>("source", p => p.Source),
    ];
}
