using System.CommandLine;
using Ops.Clients.Access;
using Ops.Clients.Commands;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Departure;
using Ops.Sdk.Risk;

namespace Ops.Clients;

/// <summary>The client registry: <c>ops clients …</c>, its published views and its risk checks.</summary>
public sealed class ClientsPlugin : IOpsPlugin
{
    public IEnumerable<Command> CreateCommands(IOpsContext context)
    {
        var clients = new Command("clients", "Clients, their contacts and who serves them; access-checked, audited, watched");
        Command[] children =
        [
            ListCommand.Create(context), ShowCommand.Create(context), SearchCommand.Create(context),
            AddCommand.Create(context), UpdateCommand.Create(context), ArchiveCommand.Create(context),
            ImportCommand.Create(context), ContactsCommands.Create(context),
            AssignCommands.Assign(context), AssignCommands.Unassign(context), ReassignCommand.Create(context),
            Departure.HandoverCommand.Create(context),
            Export.ExportCommand.Create(context), Export.TraceCommand.Create(context), SettingsCommand.Create(context),
            Watch.WatchCommand.Create(context),
        ];
        foreach (var c in children) clients.Subcommands.Add(c);
        yield return clients;
    }

    public IEnumerable<IRiskCheck> RiskChecks(IOpsContext context) => Risk.ClientRiskChecks.Create(context);

    public IEnumerable<DepartureStep> DepartureSteps(IOpsContext context, DepartingPerson person) =>
        Departure.ClientDepartureSteps.For(context, person);

    public RecordReach? ExplainRecord(IOpsContext context, string login, Scope scope, string record) =>
        ClientRecordReach.Explain(context, login, scope, record);

    public IEnumerable<Ops.Sdk.Departure.EvidenceFile> Evidence(IOpsContext context, Ops.Sdk.Departure.DepartingPerson person, Ops.Sdk.Departure.EvidenceRequest request) =>
        Ops.Clients.Evidence.LeakTrace.Files(context, request);
}
