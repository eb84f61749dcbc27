namespace Ops.Documents.Templating;

/// <summary>What a document is about: the firm as a whole, one person, or a sheet with a row per person.</summary>
internal enum DocShape { Firm, Person, Sheet }

/// <summary>One document of the regime, with what the law needs from it.</summary>
/// <param name="Id">The name used on the command line and in template file names.</param>
/// <param name="Shape">Firm-wide, per person, or a sheet listing people.</param>
/// <param name="Signable">Each employee signs it; signatures are recorded per version.</param>
/// <param name="Adoptable">Put in force by the director's order (recorded with <c>ops docs adopt</c>).</param>
/// <param name="RequiredForAccess">Without a signature under its current version, client contacts are withheld.</param>
/// <param name="Sections">The sections a template must mark with <c>@section ID</c> (the stamp with <c>@stamp</c>).</param>
/// <param name="OnDeparture">Signed only by a person who leaves, on the last working day (not part of everyone's status).</param>
internal sealed record DocumentKind(
    string Id, string TitleRu, string TitleEn, DocShape Shape, bool Signable, bool Adoptable, bool RequiredForAccess,
    IReadOnlyList<string> Sections, bool OnDeparture = false)
{
    public string Title(string lang) => lang == "en" ? TitleEn : TitleRu;

    public static readonly IReadOnlyList<DocumentKind> All =
    [
        new("regulation", "Положение о режиме коммерческой тайны", "Regulation on the trade-secret regime", DocShape.Firm,
            Signable: false, Adoptable: true, RequiredForAccess: false,
            ["stamp", "general", "list", "access", "control", "register", "employees", "counterparties", "marking", "personal-data", "liability"]),
        new("list", "Перечень информации, составляющей коммерческую тайну", "List of information constituting the trade secret", DocShape.Firm,
            Signable: false, Adoptable: true, RequiredForAccess: false, ["stamp", "items", "exclusions"]),
        new("register", "Журнал (список) лиц, получивших доступ к коммерческой тайне", "Register of persons with access to the trade secret", DocShape.Sheet,
            Signable: false, Adoptable: false, RequiredForAccess: false, ["stamp", "register"]),
        new("nda", "Обязательство о неразглашении коммерческой тайны", "Non-disclosure undertaking", DocShape.Person,
            Signable: true, Adoptable: false, RequiredForAccess: true, ["stamp", "parties", "information", "duties", "liability", "term", "signatures"]),
        new("acknowledgment", "Лист ознакомления с режимом коммерческой тайны", "Acknowledgment sheet for the trade-secret regime", DocShape.Sheet,
            Signable: true, Adoptable: false, RequiredForAccess: true, ["stamp", "acknowledged", "liability", "signatures"]),
        new("addendum", "Дополнительное соглашение к трудовому договору о конфиденциальности", "Addendum to the labor contract on confidentiality", DocShape.Person,
            Signable: true, Adoptable: false, RequiredForAccess: false, ["stamp", "parties", "information", "duties", "liability", "signatures"]),
        new("client-clause", "Условие о конфиденциальности и непереманивании для договоров с клиентами", "Confidentiality and non-solicitation clause for client contracts", DocShape.Firm,
            Signable: false, Adoptable: true, RequiredForAccess: false, ["stamp", "confidentiality", "non-solicitation", "personal-data"]),
        new("monitoring-notice", "Уведомление о контроле корпоративной почты и телефонной связи", "Notice of monitoring of corporate mail and phone lines", DocShape.Person,
            Signable: true, Adoptable: false, RequiredForAccess: false, ["stamp", "channels", "rules", "signatures"]),
        new("departure-reminder", "Уведомление об обязательствах, сохраняющихся после прекращения трудового договора",
            "Reminder of the obligations that survive the end of employment", DocShape.Person,
            Signable: true, Adoptable: false, RequiredForAccess: false, ["stamp", "parties", "secret", "personal-data", "media", "liability", "signatures"],
            OnDeparture: true),
        new("return-act", "Акт приёма-передачи документов и носителей информации", "Act of return of documents and information media", DocShape.Person,
            Signable: true, Adoptable: false, RequiredForAccess: false, ["stamp", "parties", "items", "statement", "signatures"], OnDeparture: true),
        // Not a trade-secret document (98-FZ art. 5 item 5: the pay system cannot be a secret), so it carries no stamp.
        // Its content and version come from the pay plans (pay_plan_rules_v1); each employee signs it (Labour Code art. 22, 68).
        new("bonus-regulation", "Положение о премировании", "Regulation on bonuses", DocShape.Firm,
            Signable: true, Adoptable: false, RequiredForAccess: false, ["general", "premiums", "reductions", "fixed-pay", "procedure", "acquaintance", "basis"]),
    ];

    public static DocumentKind? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    public static readonly IReadOnlyList<string> Languages = ["ru", "en"];
}
