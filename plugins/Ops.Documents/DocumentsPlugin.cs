using System.CommandLine;
using Ops.Documents.Commands;
using Ops.Documents.Regime;
using Ops.Documents.Risk;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Departure;
using Ops.Sdk.Risk;

namespace Ops.Documents;

/// <summary>The entry point of <c>ops docs</c>.</summary>
public sealed class DocumentsPlugin : IOpsPlugin
{
    public IEnumerable<Command> CreateCommands(IOpsContext context)
    {
        var docs = new Command("docs", "Trade-secret documents: render, sign, status, regime check, templates");
        docs.Subcommands.Add(ListCommand.Create(context));
        docs.Subcommands.Add(RenderCommand.Create(context));
        docs.Subcommands.Add(SignCommand.Create(context));
        docs.Subcommands.Add(AdoptCommand.Create(context));
        docs.Subcommands.Add(StatusCommand.Create(context));
        docs.Subcommands.Add(RegimeCommand.Create(context));
        docs.Subcommands.Add(SecretsCommands.Create(context));
        docs.Subcommands.Add(TemplatesCommands.Create(context));
        docs.Subcommands.Add(EmploymentCommand.Create(context));
        docs.Subcommands.Add(CounterpartiesCommand.Create(context));
        docs.Subcommands.Add(Letters.LettersCommand.Create(context));
        yield return docs;
    }

    public IEnumerable<IRiskCheck> RiskChecks(IOpsContext context) =>
    [
        new UnsignedAccessRiskCheck(context),
        new RegimeRiskCheck(context),
    ];

    public IEnumerable<IAccessPrerequisite> AccessPrerequisites(IOpsContext context) =>
        [new AcknowledgmentPrerequisite(context)];

    public IEnumerable<DepartureStep> DepartureSteps(IOpsContext context, DepartingPerson person) =>
        Departure.DepartureDocuments.Steps(context, person);

    public IEnumerable<EvidenceFile> Evidence(IOpsContext context, DepartingPerson person, EvidenceRequest request) =>
        Departure.DepartureDocuments.Evidence(context, person);
}
