using Ops.Documents.Data;
using Ops.Documents.Model;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Directory;

namespace Ops.Documents.Templating;

/// <summary>Checks a folder of templates (<c>ru/nda.sbn</c>, <c>en/list.sbn</c>, …): known names, a version
/// line, syntax, the required sections, and a trial render against a sample firm so that an unknown
/// variable is caught with its file and line before anything is used.</summary>
internal static class TemplateChecker
{
    public static (List<TemplateText> Templates, List<TemplateProblem> Problems) Check(string dir)
    {
        var templates = new List<TemplateText>();
        var problems = new List<TemplateProblem>();
        if (!Directory.Exists(dir)) { problems.Add(new(dir, 0, "the folder does not exist")); return (templates, problems); }
        foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(dir, path).Replace('\\', '/');
            var parts = rel.Split('/');
            if (parts.Length != 2 || !DocumentKind.Languages.Contains(parts[0]) || !parts[1].EndsWith(".sbn", StringComparison.Ordinal)
                || DocumentKind.Find(parts[1][..^4]) is null)
            {
                problems.Add(new(rel, 0, $"not a template of this plugin; name templates LANG/DOC.sbn with LANG ru or en and DOC one of {string.Join(", ", DocumentKind.All.Select(d => d.Id))}"));
                continue;
            }
            var body = File.ReadAllText(path).Replace("\r\n", "\n");
            var text = CheckOne(parts[1][..^4], parts[0], body, rel, problems);
            if (text is not null) templates.Add(text);
        }
        return (templates, problems);
    }

    /// <summary>Checks one template's text; returns it when sound, else adds its problems.</summary>
    public static TemplateText? CheckOne(string doc, string lang, string body, string file, List<TemplateProblem> problems)
    {
        var before = problems.Count;
        var kind = DocumentKind.Find(doc)!;
        var version = TemplateSource.VersionOf(body);
        if (version is null) problems.Add(new(file, 1, "the first line must declare the version, e.g. {{# version: 2 }}"));
        var marked = Markup.Sections(body).ToList();
        foreach (var missing in kind.Sections.Except(marked.Select(m => m.Id)))
            problems.Add(new(file, 0, missing == "stamp"
                ? "missing the stamp: add a line '@stamp' (98-FZ art. 10 requires «Коммерческая тайна» with the owner's name and location)"
                : $"missing required section '{missing}': add a line '@section {missing}' before it"));
        foreach (var dup in marked.GroupBy(m => m.Id).Where(g => g.Count() > 1))
            problems.Add(new(file, dup.Skip(1).First().Line, $"section '{dup.Key}' is marked more than once"));
        try
        {
            var parsed = TemplateEngine.Parse(body, file);
            var model = SampleModel(kind, lang, version ?? 1);
            TemplateEngine.Render(parsed, model.Globals(kind.Shape == DocShape.Person ? model.People[0] : null), file);
        }
        catch (TemplateException e)
        {
            problems.AddRange(e.Problems);
        }
        return problems.Count == before ? new TemplateText(doc, lang, version!.Value, body, "firm") : null;
    }

    /// <summary>A small firm to try templates on.</summary>
    public static DocumentModel SampleModel(DocumentKind kind, string lang, int version)
    {
        var firm = new FirmProfile("ООО «Пример»", "7707083893", "1027700132195", "г. Москва, ул. Примерная, д. 1", "Иванов Иван Иванович",
            "example.ru", "office@example.ru", "archive@example.ru")
        {
            FullName = "Общество с ограниченной ответственностью «Пример»", Location = "г. Москва", DirectorPosition = "Генеральный директор",
            DirectorPositionGenitive = "Генерального директора", DirectorGenitive = "Иванова Ивана Ивановича", DirectorBasis = "действующего на основании Устава",
        };
        var staff = new StaffMember("petrova", "Петрова Анна Сергеевна", "accountant", "petrova@example.ru", "A", null,
            new DateOnly(2024, 3, 1), null, null, StaffStatus.Active);
        var person = new PersonInfo(staff, new Dictionary<string, Scope> { ["clients.contacts"] = Scope.Assigned }, 3, new DateOnly(2024, 3, 1))
        {
            Employment = new Employment("Бухгалтер", "Петрова Анна Сергеевна", "15-ТД", new DateOnly(2024, 3, 1)),
        };
        return new DocumentModel
        {
            Firm = firm, Kind = kind, Version = version, Lang = lang, Today = new DateOnly(2026, 1, 15),
            Secrets = [new SecretItem(1, "Клиентская база", "The client base", new DateOnly(2024, 1, 1))],
            People = [person], Signed = Signatures.Empty, Adoption = new Adoption(kind.Id, version, "", new DateOnly(2025, 1, 10), "1-од"),
            ClientsEnabled = true, Counterparties = [new Counterparty(1, "ООО «Аудит»", "7707083893", "договор № 7 от 01.02.2025", "клиентская база", new DateOnly(2025, 2, 1))],
            Versions = DocumentKind.All.ToDictionary(d => d.Id, _ => 1),
            Bonus = new BonusRuleSet(version, [new BonusPlan("accountant", 1, "role", "accountant", new DateOnly(2026, 1, 1), null, true,
            [
                new("premium.on_time", 5000m, null, null, 90m), new("premium.new_client", null, 10m, 12, null), new("clawback.new_client", null, null, 6, null),
                new("premium.retention", 3000m, null, 12, null), new("reduction.late_statutory", 1000m, null, null, null),
                new("reduction.client_fines", null, 50m, null, null), new("cap.premiums", 20000m, null, null, null),
            ])]),
        };
    }
}
