using Ops.Mail.Model;
using Ops.Sdk;
using Ops.Sdk.Risk;

namespace Ops.Mail.Risk;

/// <summary>Client domains the generated rules do not match (added after the last generation, or unusable).</summary>
public sealed class DomainsNotCoveredCheck(IOpsContext context) : IRiskCheck
{
    public string Id => "mail.client-domains-not-covered";
    public string Title => context.Firm.Language == "ru" ? "Домены клиентов, не охваченные почтовыми правилами" : "Client domains not covered by the mail rules";
    public string Area => "mail";

    public IEnumerable<RiskFinding> Run()
    {
        var survey = SurveyBuilder.Build(context);
        return Coverage.Gaps(context, survey)
            .Where(g => g.Kind == "domain-not-covered")
            .Select(g => new RiskFinding(Id, Severity.Medium, context.Firm.Language == "ru"
                ? $"домен клиента {g.Subject} не охвачен почтовыми правилами" : $"client domain {g.Subject} is not covered by the mail rules",
                g.Detail, [g.Record], g.Fix));
    }
}
