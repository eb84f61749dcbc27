using System.Diagnostics;
using System.Text.RegularExpressions;
using Ops.Testing;

namespace Ops.Documents.Tests;

/// <summary>The documents as a lawyer reads them: rendered to DOCX, converted by LibreOffice to PDF and read back with
/// pdftotext, then checked sentence by sentence against the requirement docs/documents.md cites.</summary>
public sealed class LegalTextTests
{
    private static readonly Lazy<(Dictionary<string, string> Text, string? Skip)> Rendered = new(RenderAll);

    private static string Doc(string id)
    {
        var (text, skip) = Rendered.Value;
        if (skip is not null) Assert.Skip(skip);
        return text[id];
    }

    private static string? Program(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/bin"))
            if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }

    private static (Dictionary<string, string>, string?) RenderAll()
    {
        var soffice = Program("soffice");
        var pdftotext = Program("pdftotext");
        if (soffice is null || pdftotext is null) return ([], "LibreOffice or pdftotext is not installed: apt-get install libreoffice-writer poppler-utils");
        using var store = Firm.Small();
        store.Run("docs", "counterparties", "add", "ООО «Аудит-Сервис»", "--inn", "7728168971", "--contract", "договор № 7 от 01.02.2026",
            "--information", "клиентская база (выгрузка)", "--date", "2026-02-01").ShouldSucceed();
        var docx = Firm.TempDir();
        foreach (var id in new[] { "nda", "addendum", "monitoring-notice" })
            store.Run("docs", "render", id, "--person", "petrova", "--format", "docx", "--out", docx).ShouldSucceed();
        foreach (var id in new[] { "regulation", "list", "register", "acknowledgment", "client-clause" })
            store.Run("docs", "render", id, "--format", "docx", "--out", docx).ShouldSucceed();
        var pdf = Firm.TempDir();
        var profile = "file://" + Firm.TempDir();
        var files = Directory.GetFiles(docx, "*.docx").Order(StringComparer.Ordinal).ToList();
        Run(soffice, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", pdf, .. files]);
        // Tables wrap inside narrow cells in the PDF; LibreOffice's own text export keeps each cell's text together.
        var plain = Firm.TempDir();
        Run(soffice, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", plain, .. files]);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var txt = Path.Combine(pdf, name + ".txt");
            Run(pdftotext, ["-enc", "UTF-8", Path.Combine(pdf, name + ".pdf"), txt]);
            var id = name.Replace("-petrova", "", StringComparison.Ordinal);
            result[id] = Regex.Replace(File.ReadAllText(txt), @"\s+", " ");
            result[id + ".txt"] = Regex.Replace(File.ReadAllText(Path.Combine(plain, name + ".txt")), @"\s+", " ");
        }
        return (result, null);
    }

    private static void Run(string program, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{program} failed: {stderr}{stdout.Result}");
    }

    [Theory]
    [InlineData("nda")]
    [InlineData("addendum")]
    [InlineData("monitoring-notice")]
    [InlineData("regulation")]
    [InlineData("list")]
    [InlineData("register")]
    [InlineData("acknowledgment")]
    [InlineData("client-clause")]
    public void Every_document_is_stamped_with_the_owners_full_name_and_location(string doc)
    {
        var text = Doc(doc);
        Assert.Contains("«Коммерческая тайна»", text);
        Assert.Contains("Обладатель: Общество с ограниченной ответственностью «Бухэксперт», место нахождения: г. Москва", text);
    }

    [Fact]
    public void The_NDA_binds_for_the_whole_term_of_the_regime_and_names_full_liability()
    {
        var nda = Doc("nda");
        Assert.Contains("в течение всего срока действия режима коммерческой тайны", nda);
        Assert.Contains("пункт 2 части 3 статьи 11", nda);
        Assert.DoesNotContain("трёх лет", nda);
        Assert.Contains("материальную ответственность в полном размере причинённого ущерба (пункт 7 части 1 статьи 243 ТК РФ)", nda);
        Assert.Contains("Петрова Анна Сергеевна, Бухгалтер", nda);
    }

    [Fact]
    public void The_addendum_names_the_labour_contract_and_the_employer_in_the_proper_form()
    {
        var addendum = Doc("addendum");
        Assert.Contains("к трудовому договору № 15-ТД от 01.03.2024", addendum);
        Assert.Contains("в соответствии со статьёй 72 Трудового кодекса РФ", addendum);
        Assert.Contains("Общество с ограниченной ответственностью «Бухэксперт», в лице Генерального директора Соколова Петра Ильича, действующего на основании Устава", addendum);
        Assert.DoesNotContain("в лице руководителя", addendum);
        Assert.Contains("пункт 7 части 1 статьи 243", addendum);
    }

    [Fact]
    public void Sheets_list_job_titles_and_names_surname_first_not_software_roles()
    {
        foreach (var sheet in new[] { Doc("register.txt"), Doc("acknowledgment.txt") })
        {
            Assert.Contains("Петрова Анна Сергеевна", sheet);
            Assert.Contains("Бухгалтер", sheet);
            Assert.Contains("Руководитель группы", sheet);
            Assert.DoesNotContain("accountant", sheet);
            Assert.DoesNotContain("team-lead", sheet);
        }
    }

    [Fact]
    public void The_register_records_the_counterparties_the_secret_was_given_to()
    {
        Assert.Contains("пункт 3 части 1 статьи 10", Doc("register"));
        var register = Doc("register.txt");
        Assert.Contains("ООО «Аудит-Сервис»", register);
        Assert.Contains("договор № 7 от 01.02.2026", register);
        Assert.Contains("клиентская база (выгрузка)", register);
    }

    [Fact]
    public void The_list_cites_art_5_by_the_laws_own_item_numbers_and_treats_client_data_as_the_counterpartys()
    {
        var list = Doc("list");
        Assert.Contains("о системе оплаты труда (включая премирование)", list);
        Assert.Contains("о наличии свободных рабочих мест (пункт 5)", list);
        Assert.Contains("от имени юридического лица (пункт 10)", list);
        Assert.Contains("является информацией контрагентов", list);
        Assert.Contains("и не считает её своей", list);
    }

    [Fact]
    public void The_monitoring_notice_announces_exactly_what_is_copied()
    {
        var notice = Doc("monitoring-notice");
        Assert.Contains("индивидуальный корпоративный почтовый ящик", notice);
        Assert.DoesNotContain("личные адреса", notice);
        Assert.Contains("на адреса бесплатных почтовых сервисов", notice);
        Assert.Contains("Со дня предупреждения работника об увольнении и до дня увольнения копируется вся его корпоративная почта", notice);
        Assert.Contains("Контроль осуществляется только в указанном объёме", notice);
    }

    [Fact]
    public void The_client_clause_has_a_penalty_for_poaching_and_a_152_FZ_art_19_instruction()
    {
        var clause = Doc("client-clause");
        Assert.Contains("штраф в размере двенадцатикратной ежемесячной абонентской платы", clause);
        Assert.Contains("Перечень действий: сбор, запись, систематизация", clause);
        Assert.Contains("Цели обработки:", clause);
        Assert.Contains("Меры защиты (статья 19 Федерального закона № 152-ФЗ)", clause);
        Assert.Contains("являются информацией Заказчика", clause);
    }

    [Fact]
    public void The_regulation_names_full_liability_counterparties_and_the_stamps_full_name()
    {
        var regulation = Doc("regulation");
        Assert.Contains("пункт 7 части 1 статьи 243 ТК РФ", regulation);
        Assert.Contains("пункт 4 части 1 статьи 10", regulation);
        Assert.Contains("полного наименования обладателя", regulation);
        Assert.Contains("после прекращения трудового договора в течение всего срока действия режима", regulation);
    }
}

/// <summary>The firm-profile forms the documents rely on, and the art. 5 lint's numbering.</summary>
public sealed class FirmFormsTests
{
    [Fact]
    public void A_sole_traders_stamp_gives_the_place_of_residence()
    {
        using var store = OpsTestStore.Create();
        store.Run("firm", "set", "--name", "ИП Иванов И. И.", "--full-name", "Индивидуальный предприниматель Иванов Иван Иванович",
            "--inn", "500100732259", "--ogrn", "304500116000157", "--legal-form", "sole-trader", "--location", "Московская обл., г. Химки",
            "--director", "Иванов Иван Иванович").ShouldSucceed();
        store.Run("staff", "add", "petrova", "--name", "Петрова Анна Сергеевна", "--role", "accountant", "--hire-date", "2024-03-01").ShouldSucceed();
        var path = Firm.RenderOne(store, "addendum", "--person", "petrova", "--format", "md");
        var text = File.ReadAllText(path);
        Assert.Contains("Обладатель: Индивидуальный предприниматель Иванов Иван Иванович, место жительства: Московская обл., г. Химки", text);
        Assert.Contains("Индивидуальный предприниматель Иванов Иван Иванович (далее — Работодатель)", text);
    }

    [Fact]
    public void The_firm_profile_refuses_a_legal_form_that_does_not_fit_the_INN()
    {
        using var store = OpsTestStore.Create();
        store.Run("firm", "set", "--inn", "7707083893").ShouldSucceed();
        var r = store.Run("firm", "set", "--legal-form", "sole-trader");
        Assert.Equal(5, r.ExitCode);
        Assert.Contains("does not fit INN 7707083893", r.Err);
        Assert.Equal(5, store.Run("firm", "set", "--ogrn", "304500116000157").ExitCode);
        Assert.Equal(5, store.Run("firm", "set", "--legal-form", "ooo").ExitCode);
    }

    [Theory]
    [InlineData("Система премирования работников", "art. 5 item 5")]
    [InlineData("Свободные рабочие места", "art. 5 item 5")]
    [InlineData("Численность работников", "art. 5 item 5")]
    [InlineData("Лица, действующие без доверенности", "art. 5 item 10")]
    [InlineData("Сведения о нарушениях законодательства", "art. 5 item 7")]
    public void The_lint_names_the_art_5_item_by_the_laws_own_number(string title, string item)
    {
        using var store = Firm.Small();
        var r = store.Run("docs", "secrets", "add", title);
        Assert.Contains(item, r.Err + r.Out);
    }
}
