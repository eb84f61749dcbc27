using MimeKit;
using Ops.Testing;

namespace Ops.Documents.Tests;

/// <summary><c>ops docs letters</c>: the director's letter to each client of petrova, who leaves; orlov takes over.</summary>
public sealed class LetterTests
{
    private static OpsTestStore Firm2()
    {
        var store = Firm.Small();
        store.Run("staff", "update", "sokolov", "--email", "sokolov@buh-expert.ru").ShouldSucceed();
        store.Run("staff", "update", "orlov", "--email", "orlov@buh-expert.ru").ShouldSucceed();
        foreach (var doc in new[] { "nda", "acknowledgment" })
            store.Run("docs", "sign", "--person", "sokolov", "--doc", doc, "--date", "2024-03-01").ShouldSucceed();
        store.Run("clients", "import", store.WriteFile("clients.csv", """
            inn,name,status,domains,lead,contact_person,contact_emails
            7707083893,ООО Ромашка,active,romashka.ru,petrova,Смирнов Олег,buh@romashka.ru
            7736207543,ООО Вектор,active,vektor.ru,orlov,Орлова Вера,orlova@vektor.ru
            7702070139,ООО Берёзка,active,,petrova,Белова Ирина,
            """)).ShouldSucceed();
        store.Run("staff", "leave", "petrova", "--date", "2026-12-03", "--notice-date", "2026-11-20").ShouldSucceed();
        return store;
    }

    private static (OpsTestStore Store, string Dir, OpsResult Result) Letters()
    {
        var store = Firm2();
        var dir = Path.Combine(store.Directory, "letters");
        var r = store.RunAs("sokolov", "docs", "letters", "petrova", "--successor", "orlov", "--out", dir, "--format", "json").ShouldSucceed();
        return (store, dir, r);
    }

    [Fact]
    public void Each_of_her_clients_gets_a_letter_and_only_those_with_an_e_mail_a_message()
    {
        var (store, dir, r) = Letters();
        using var _ = store;
        var rows = r.Json().EnumerateArray().ToList();
        Assert.Equal(["ООО Ромашка", "ООО Берёзка"], rows.Select(x => x.GetProperty("client").GetString()));
        Assert.Equal(2, Directory.GetFiles(dir, "*.docx").Length);
        Assert.Single(Directory.GetFiles(dir, "*.eml"));
    }

    [Fact]
    public void Each_letter_names_the_accountant_the_handover_gave_that_client()
    {
        using var store = Firm2();
        store.Run("staff", "add", "zueva2", "--name", "Зуева Нина Петровна", "--role", "accountant", "--team", "A", "--email", "zueva2@buh-expert.ru").ShouldSucceed();
        var moves = store.RunAs("sokolov", "clients", "handover", "petrova", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == "lead")
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("to").GetString()!);
        store.RunAs("sokolov", "clients", "handover", "petrova", "--apply").ShouldSucceed();
        var dir = Path.Combine(store.Directory, "letters");
        store.RunAs("sokolov", "docs", "letters", "petrova", "--out", dir).ShouldSucceed();

        var message = MimeMessage.Load(Assert.Single(Directory.GetFiles(dir, "*.eml")), TestContext.Current.CancellationToken);
        var expected = moves["ООО Ромашка"];
        Assert.Equal($"{expected}@buh-expert.ru", message.Cc.Mailboxes.Single().Address);
        Assert.Equal(2, Directory.GetFiles(dir, "*.docx").Length);   // her clients since her notice, though she leads none now
    }

    [Fact]
    public void Letters_before_the_handover_without_a_successor_are_refused_and_nothing_is_written()
    {
        using var store = Firm2();
        var dir = Path.Combine(store.Directory, "letters");
        var r = store.RunAs("sokolov", "docs", "letters", "petrova", "--out", dir);
        Assert.Equal(6, r.ExitCode);
        Assert.Contains("ops clients handover petrova --apply", r.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any());
    }

    [Fact]
    public void The_message_parses_as_mime_from_the_director_to_the_client_with_a_cyrillic_subject_and_the_letter_attached()
    {
        var (store, dir, _) = Letters();
        using var __ = store;
        var eml = Assert.Single(Directory.GetFiles(dir, "*.eml"));
        var raw = File.ReadAllText(eml);
        Assert.Contains("Subject: =?utf-8?", raw, StringComparison.OrdinalIgnoreCase);   // RFC 2047, not raw UTF-8
        var message = MimeMessage.Load(eml, TestContext.Current.CancellationToken);
        Assert.Equal("ООО «Бухэксперт»: ваш бухгалтер теперь — Орлов Дмитрий Олегович", message.Subject);
        Assert.Equal("sokolov@buh-expert.ru", message.From.Mailboxes.Single().Address);
        Assert.Equal("Соколов Пётр Ильич", message.From.Mailboxes.Single().Name);
        Assert.Equal("buh@romashka.ru", message.To.Mailboxes.Single().Address);
        Assert.Equal("orlov@buh-expert.ru", message.Cc.Mailboxes.Single().Address);
        Assert.Contains("Петрова Анна Сергеевна больше не работает", message.TextBody);
        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.EndsWith(".docx", attachment.FileName, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", attachment.ContentType.MimeType);
    }

    [Fact]
    public void The_letters_open_in_LibreOffice_with_the_client_the_new_accountant_and_the_director()
    {
        var (store, dir, _) = Letters();
        using var __ = store;
        var texts = LibreOffice.Text(Directory.GetFiles(dir, "*.docx"));
        Assert.Equal(2, texts.Count);
        Assert.Contains(texts, t => t.Contains("Руководителю ООО Ромашка", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("ведёт Орлов Дмитрий Олегович, адрес: orlov@buh-expert.ru", t));
        Assert.All(texts, t => Assert.Contains("Соколов Пётр Ильич", t));
        Assert.All(texts, t => Assert.DoesNotContain("Коммерческая тайна", t));
    }

    [Fact]
    public void An_accountant_asking_for_a_colleagues_letters_gets_nothing_and_the_refusal_is_audited()
    {
        using var store = Firm2();
        store.AddStaff("zueva", "accountant", "B", "Зуева Ольга", "zueva@buh-expert.ru");
        var dir = Path.Combine(store.Directory, "grab");
        var r = store.RunAs("zueva", "docs", "letters", "petrova", "--successor", "zueva", "--out", dir);
        Assert.Equal(4, r.ExitCode);
        Assert.False(Directory.Exists(dir));
        var denied = store.Run("audit", "list", "--action", "docs.letters", "--format", "json").ShouldSucceed().Json();
        Assert.Equal("denied", Assert.Single(denied.EnumerateArray()).GetProperty("result").GetString());
    }

    [Fact]
    public void The_letters_are_audited_with_every_client_before_they_are_written()
    {
        var (store, _, _) = Letters();
        using var __ = store;
        var e = Assert.Single(store.Run("audit", "list", "--action", "docs.letters", "--format", "json").ShouldSucceed().Json().EnumerateArray());
        var records = e.GetProperty("records").ToString();
        Assert.Contains("staff:petrova", records);
        Assert.Equal(2, records.Split("client:").Length - 1);
    }
}
