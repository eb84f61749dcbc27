using System.CommandLine;
using Ops.Pay.Commands.Obligations;
using Ops.Pay.Commands.Plans;
using Ops.Pay.Commands.Regulations;
using Ops.Pay.Commands.Statements;
using Ops.Pay.Commands.Tasks;
using Ops.Pay.Risk;
using Ops.Sdk;
using Ops.Sdk.Departure;
using Ops.Sdk.Risk;

namespace Ops.Pay;

/// <summary>The <c>pay</c> plugin: plans, regulations and tasks, statements, simulation and closing.</summary>
public sealed class PayPlugin : IOpsPlugin
{
    public IEnumerable<Command> CreateCommands(IOpsContext context)
    {
        var pay = new Command("pay", "Incentive pay: plans, regulations and tasks, statements, simulation, closing periods");
        pay.Subcommands.Add(Group("plans", "Pay plans (YAML, effective-dated, versioned) for a role or a person",
            PlansAddCommand.Create(context), PlansListCommand.Create(context), PlansShowCommand.Create(context), PlansLintCommand.Create(context)));
        pay.Subcommands.Add(Group("regulations", "Recurring work per service with its deadline, e.g. VAT return by the 25th after the quarter",
            RegulationsAddCommand.Create(context), RegulationsListCommand.Create(context)));
        pay.Subcommands.Add(Group("tasks", "Task instances per client per period, generated from regulations; on-time rates come from them",
            TasksGenerateCommand.Create(context), TasksListCommand.Create(context), TasksDoneCommand.Create(context),
            TasksOverdueCommand.Create(context), TasksImportCommand.Create(context)));
        pay.Subcommands.Add(Group("obligations", "The statutory obligations catalog (Tax Code): what each client files and pays, by its tax profile",
            ObligationsListCommand.Create(context), ObligationsLoadCommand.Create(context)));
        pay.Subcommands.Add(CalcCommand.Create(context));
        pay.Subcommands.Add(SimulateCommand.Create(context));
        pay.Subcommands.Add(CloseCommand.Create(context));
        pay.Subcommands.Add(Commands.Settings.SettingsCommand.Create(context));
        yield return pay;
    }

    public IEnumerable<DepartureStep> DepartureSteps(IOpsContext context, DepartingPerson person) =>
        Departure.PayDepartureSteps.For(context, person);

    public IEnumerable<IRiskCheck> RiskChecks(IOpsContext context) => [new RetentionRiskCheck(context), new UnacknowledgedCutRiskCheck(context)];

    private static Command Group(string name, string description, params Command[] children)
    {
        var group = new Command(name, description);
        foreach (var child in children) group.Subcommands.Add(child);
        return group;
    }
}
