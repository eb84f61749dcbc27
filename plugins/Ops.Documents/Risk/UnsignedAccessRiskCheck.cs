using Ops.Documents.Data;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Store;
using Ops.Sdk.Risk;

namespace Ops.Documents.Risk;

/// <summary>People granted client contacts (by role or personally, acknowledgment aside) who have not
/// signed what the law needs before access: without it a disclosure cannot be punished.</summary>
internal sealed class UnsignedAccessRiskCheck(IOpsContext context) : IRiskCheck
{
    public string Id => "docs.unsigned-access";
    public string Title => context.Firm.Language == "ru" ? "Доступ к контактам клиентов без подписанного ознакомления"
        : "Client-contact access without a signed acknowledgment";
    public string Area => "documents";

    public IEnumerable<RiskFinding> Run()
    {
        var signatures = new Signatures(context.Store);
        var today = context.Today.ToIso();
        var ru = context.Firm.Language == "ru";
        var required = DocumentKind.All.Where(d => d.RequiredForAccess)
            .Select(d => (Kind: d, Version: TemplateSource.CurrentVersion(context.Store, d.Id))).ToList();
        foreach (var person in People.Load(context).Where(p => p.HasClientContacts))
        {
            var missing = required.Where(r => signatures.Of(person.Login, r.Kind.Id, r.Version) is null).ToList();
            if (missing.Count == 0) continue;
            // Logins only: ops risk shows the person's name to a reader whose staff.view scope reaches them.
            var docs = missing.Select(m => $"«{m.Kind.TitleRu}» {(ru ? "версии" : "version")} {m.Version}");
            yield return new RiskFinding(Id, Severity.High,
                ru ? $"{person.Login}: доступ к контактам клиентов без подписанного ознакомления"
                    : $"{person.Login} has client-contact access without a signed acknowledgment",
                ru ? $"{person.Login} имеет {person.AccessText}, но не подписал(а) {string.Join(" и ", docs)}; до подписи контакты клиентов скрыты, "
                     + "а разглашение нельзя было бы наказать (98-ФЗ ст. 11, ТК РФ ст. 81)."
                   : $"{person.Login} holds {person.AccessText} but has not signed {string.Join(" and ", docs)}"
                     + "; until then client contacts are withheld and a disclosure could not be punished (98-FZ art. 11, Labor Code art. 81).",
                ["staff:" + person.Login],
                $"ops docs sign --person {person.Login} --doc {missing[0].Kind.Id} --date {today}");
        }
    }
}
