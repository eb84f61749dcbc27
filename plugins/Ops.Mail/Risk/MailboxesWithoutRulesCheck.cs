using Ops.Mail.Model;
using Ops.Sdk;
using Ops.Sdk.Risk;

namespace Ops.Mail.Risk;

/// <summary>Staff mailboxes that no generated rule copies (or staff with no corporate mailbox at all).</summary>
public sealed class MailboxesWithoutRulesCheck(IOpsContext context) : IRiskCheck
{
    public string Id => "mail.mailboxes-without-copy-rules";
    public string Title => context.Firm.Language == "ru" ? "Почтовые ящики сотрудников без правил копирования" : "Staff mailboxes without copy rules";
    public string Area => "mail";

    public IEnumerable<RiskFinding> Run()
    {
        var survey = SurveyBuilder.Build(context);
        return Coverage.Gaps(context, survey)
            .Where(g => g.Kind is "not-covered" or "no-mailbox")
            .Select(g => new RiskFinding(Id, Severity.Medium,
                context.Firm.Language == "ru"
                    ? g.Kind == "no-mailbox" ? $"{g.Subject}: нет корпоративного почтового ящика" : $"{g.Subject}: для почтового ящика нет правил копирования"
                    : g.Kind == "no-mailbox" ? $"{g.Subject} has no corporate mailbox" : $"{g.Subject}'s mailbox has no copy rules",
                g.Detail, [g.Record], g.Fix));
    }
}
