using Ops.Documents.Bonus;
using Ops.Documents.Data;
using Ops.Documents.Model;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Scriban;

namespace Ops.Documents.Rendering;

/// <summary>Builds the model from the live store and renders documents. Parses each template once.</summary>
internal sealed class DocumentRenderer(IOpsContext context)
{
    private readonly Dictionary<(string, string), (TemplateText Text, Template Parsed)> _templates = new();
    private Signatures? _signatures;

    public (TemplateText Text, Template Parsed) Template(string doc, string lang)
    {
        if (_templates.TryGetValue((doc, lang), out var t)) return t;
        var text = TemplateSource.Current(context.Store, doc, lang);
        return _templates[(doc, lang)] = (text, TemplateEngine.Parse(text.Body, text.FileName));
    }

    /// <summary>The model for <paramref name="kind"/>; <paramref name="people"/> are the rows of a sheet (already scoped).</summary>
    public DocumentModel Model(DocumentKind kind, string lang, IReadOnlyList<PersonInfo> people)
    {
        RequireStampData(context.Firm);
        var store = context.Store;
        var (text, _) = Template(kind.Id, lang);
        var bonus = kind.Id == BonusRuleSet.Doc ? BonusRegulation.RuleSet(context) : null;
        return new DocumentModel
        {
            Firm = context.Firm,
            Kind = kind,
            Version = kind.Id == BonusRuleSet.Doc ? bonus!.Version : TemplateSource.CurrentVersion(store, kind.Id),
            Bonus = bonus ?? BonusRuleSet.None,
            StaffNames = kind.Id == BonusRuleSet.Doc ? context.Staff.All().ToDictionary(s => s.Login, s => s.FullName, StringComparer.Ordinal) : new Dictionary<string, string>(),
            Lang = lang,
            Today = context.Today,
            Secrets = Data.Secrets.Current(store),
            People = people,
            Signed = _signatures ??= new Signatures(store),
            Adoption = kind.Adoptable ? Adoptions.Latest(store, kind.Id) : null,
            ClientsEnabled = People.ClientsEnabled(context),
            Counterparties = Counterparty.All(store),
            Versions = DocumentKind.All.ToDictionary(d => d.Id, d => DocVersion.Current(context, d.Id)),
        };
    }

    /// <summary>Thread-safe once <see cref="Model"/> has parsed the template.</summary>
    public RenderedDocument Render(DocumentModel model, PersonInfo? person)
    {
        var (text, parsed) = _templates[(model.Kind.Id, model.Lang)];
        var markup = TemplateEngine.Render(parsed, model.Globals(person), text.FileName);
        var title = model.Kind.Title(model.Lang) + (person is null ? "" : " — " + Markup.Clean(person.DocumentName));
        return new RenderedDocument(title, model.Lang, Markup.Parse(markup), DocWriters.Stamp(model.Firm, model.Lang));
    }

    /// <summary>The stamp must name the owner and its location (98-FZ art. 10 part 1 item 5).</summary>
    public static void RequireStampData(FirmProfile firm)
    {
        var missing = new List<string>();
        if (firm.Name.Length == 0) missing.Add("--name");
        if (firm.StampLocation.Length == 0) missing.Add("--location");
        if (missing.Count > 0)
            throw new InvalidInputException(
                "the firm profile lacks the owner's name or location, which the «Коммерческая тайна» stamp must carry (98-FZ art. 10)",
                $"set them: ops firm set {string.Join(" ", missing.Select(m => m + " \"…\""))}");
    }
}
