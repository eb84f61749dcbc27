using System.CommandLine;
using Ops.Samples.Calls.Commands;
using Ops.Samples.Calls.Commands.Lines;
using Ops.Samples.Calls.Commands.Report;
using Ops.Samples.Calls.Risk;
using Ops.Sdk;
using Ops.Sdk.Departure;
using Ops.Sdk.Risk;

namespace Ops.Samples.Calls;

/// <summary>The entry point the ops host creates when a <c>calls</c> command runs, <c>ops risk</c> asks for checks
/// or <c>ops staff offboard</c> for departure steps.</summary>
public sealed class CallsPlugin : IOpsPlugin
{
    public IEnumerable<Command> CreateCommands(IOpsContext context)
    {
        var lines = new Command("lines", "The firm's extensions and trunks: whose, corporate, recorded")
        {
            AddLineCommand.Create(context), SetLineCommand.Create(context),
            RemoveLineCommand.Create(context), ListLinesCommand.Create(context), MoveLinesCommand.Create(context),
        };
        var report = new Command("report", "Reports on clients from the call records (access-checked, numbers masked)")
        {
            SilentCommand.Create(context), UnrecordedCommand.Create(context), KeyOwnerCommand.Create(context),
        };
        var root = new Command("calls", "Call records from the PBX: import, corporate lines, silent clients, unrecorded client calls")
        {
            ImportCommand.Create(context), lines, report,
        };
        yield return root;
    }

    public IEnumerable<DepartureStep> DepartureSteps(IOpsContext context, DepartingPerson person) =>
        Departure.CallDepartureSteps.For(context, person);

    public IEnumerable<IRiskCheck> RiskChecks(IOpsContext context) => CallRiskChecks.Create(context);
}
