using System.CommandLine;
using Ops.Mail.Commands;
using Ops.Mail.Departure;
using Ops.Sdk.Departure;
using Ops.Mail.Risk;
using Ops.Sdk;
using Ops.Sdk.Risk;

namespace Ops.Mail;

/// <summary>The <c>mail</c> plugin: policy, rule generation for four mail servers, drift check, coverage and risk checks.</summary>
public sealed class MailPlugin : IOpsPlugin
{
    public IEnumerable<Command> CreateCommands(IOpsContext context)
    {
        var policy = new Command("policy", "Show or change the mail policy")
        {
            PolicyShowCommand.Create(context),
            PolicySetCommand.Create(context),
        };
        yield return new Command("mail", "Mail policy and server rules (Sieve, Postfix, Exchange, Google Workspace)")
        {
            policy,
            GenerateCommand.Create(context),
            CheckCommand.Create(context),
            CoverageCommand.Create(context),
            AutoreplyCommand.Create(context),
        };
    }

    public IEnumerable<IRiskCheck> RiskChecks(IOpsContext context) =>
        [new MailboxesWithoutRulesCheck(context), new DomainsNotCoveredCheck(context)];

    public IEnumerable<DepartureStep> DepartureSteps(IOpsContext context, DepartingPerson person) => MailDeparture.Steps(context, person);

    public IEnumerable<EvidenceFile> Evidence(IOpsContext context, DepartingPerson person, EvidenceRequest request) => MailDeparture.Evidence(context, person);
}
