using Ops.Testing;

namespace Ops.Documents.Tests;

/// <summary>The documents of a departure: the reminder of the obligations that survive leaving (98-FZ art. 11) and the act
/// of return of documents and media, as a lawyer reads them (DOCX through LibreOffice), and their plan steps.</summary>
public sealed class DepartureDocumentTests
{
    private static OpsTestStore Leaving()
    {
        var store = Firm.Small();
        store.Run("staff", "leave", "petrova", "--date", "2026-12-03", "--notice-date", "2026-11-20").ShouldSucceed();
        return store;
    }

    private static string OpenedInLibreOffice(string docx) => LibreOffice.Text(docx)[0];

    [Fact]
    public void The_reminder_opens_in_LibreOffice_with_her_particulars_and_the_obligations_that_survive_leaving()
    {
        using var store = Leaving();
        var text = OpenedInLibreOffice(Firm.RenderOne(store, "departure-reminder", "--person", "petrova", "--format", "docx"));
        Assert.Contains("Петрова Анна Сергеевна, Бухгалтер", text);
        Assert.Contains("трудового договора № 15-ТД от 01.03.2024", text);
        Assert.Contains("последний рабочий день — 02.12.2026", text);
        Assert.Contains("пункт 2 части 3 статьи 11 Федерального закона от 29.07.2004 № 98-ФЗ", text);
        Assert.Contains("подпункту «в» пункта 6 части 1 статьи 81 Трудового кодекса РФ", text);
        Assert.Contains("Клиентская база", text);
        Assert.Contains("Обладатель: Общество с ограниченной ответственностью «Бухэксперт», место нахождения: г. Москва", text);
    }

    [Fact]
    public void The_act_of_return_opens_in_LibreOffice_with_both_parties_and_the_media_to_hand_over()
    {
        using var store = Leaving();
        var text = OpenedInLibreOffice(Firm.RenderOne(store, "return-act", "--person", "petrova", "--format", "docx"));
        Assert.Contains("Общество с ограниченной ответственностью «Бухэксперт», в лице Генерального директора Соколова Петра Ильича", text);
        Assert.Contains("Петрова Анна Сергеевна", text);
        Assert.Contains("г. Москва, 02.12.2026", text);
        Assert.Contains("Ключи электронной подписи", text);
        Assert.Contains("пункт 4 части 3 статьи 11", text);
    }

    [Fact]
    public void Each_departure_step_is_pending_until_her_signature_is_recorded_and_done_after()
    {
        using var store = Leaving();
        var before = store.OffboardSteps("admin", "petrova", "docs");
        Assert.Equal(["docs.departure-reminder", "docs.return-act"], before.Select(s => s.Text("step")));
        Assert.All(before, s => Assert.Equal("pending", s.Text("state")));
        Assert.All(before, s => Assert.Equal("2026-12-02", s.Text("due")));
        Assert.Contains("ops docs sign --person petrova --doc return-act --date 2026-12-02", before[1].Text("command"));

        store.Run("docs", "sign", "--person", "petrova", "--doc", "departure-reminder", "--date", "2026-11-26").ShouldSucceed();
        var after = store.OffboardSteps("admin", "petrova", "docs");
        Assert.Equal("done", after[0].Text("state"));
        Assert.Contains("signed on 2026-11-26", after[0].Text("detail"));
        Assert.Equal("pending", after[1].Text("state"));
    }

    [Fact]
    public void Departure_documents_are_not_asked_of_everyone_in_the_status()
    {
        using var store = Leaving();
        var rows = store.Run("docs", "status", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Select(r => r.GetProperty("doc").GetString()).ToHashSet();
        Assert.Contains("nda", rows);
        Assert.DoesNotContain("departure-reminder", rows);
        Assert.DoesNotContain("return-act", rows);
    }

    [Fact]
    public void The_evidence_pack_lists_the_documents_she_signed_with_versions_and_dates()
    {
        using var store = Leaving();
        store.Run("docs", "sign", "--person", "petrova", "--doc", "nda", "--date", "2024-03-01").ShouldSucceed();
        store.Run("docs", "sign", "--person", "petrova", "--doc", "departure-reminder", "--date", "2026-11-26").ShouldSucceed();
        var dir = Path.Combine(store.Directory, "case");
        store.RunAs("sokolov", "case", "export", "petrova", "--out", dir).ShouldSucceed();
        var rows = Csv.Parse(File.ReadAllText(Path.Combine(dir, "docs.signatures.csv")));
        Assert.Equal(["nda", "departure-reminder"], rows.Select(r => r["doc"]));
        Assert.Equal("2024-03-01", rows[0]["signed_on"]);
        Assert.Equal("1", rows[1]["version"]);
        Assert.Contains(Csv.Parse(File.ReadAllText(Path.Combine(dir, "docs.regime.csv"))), r => r["id"] != "");
    }
}
