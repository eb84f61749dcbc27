namespace Ops.Mail.Tests;

/// <summary>The generated Postfix maps, judged by postmap.</summary>
public sealed class PostfixToolTests
{
    [Fact]
    public void Postmap_accepts_the_maps_and_returns_the_archive_for_covered_senders_only()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "postfix", "sidorova");
        foreach (var map in new[] { "sender_bcc", "recipient_bcc" })
        {
            var r = Tools.Postmap(Path.Combine(dir, map));
            Assert.True(r.ExitCode == 0, r.All);
        }
        var sender = "hash:" + Path.Combine(dir, "sender_bcc");
        Assert.Equal(MailFirm.Archive, Tools.PostmapQuery(sender, "buh@romashka.ru"));
        Assert.Equal(MailFirm.Archive, Tools.PostmapQuery(sender, "vektor.orlova@gmail.com"));
        Assert.Equal(MailFirm.Archive, Tools.PostmapKey("regexp:" + Path.Combine(dir, "staff_bcc.regexp"), "kozlov@buh-expert.ru"));
        Assert.Null(Tools.PostmapQuery(sender, "stranger@example.org"));
        Assert.Null(Tools.PostmapQuery(sender, "ivanova@buh-expert.ru"));
        var recipient = "hash:" + Path.Combine(dir, "recipient_bcc");
        Assert.Equal(MailFirm.Archive, Tools.PostmapQuery(recipient, "director@vektor.ru"));
        Assert.Null(Tools.PostmapQuery(recipient, "petrov@buh-expert.ru"));
    }

    [Fact]
    public void Every_map_line_is_one_key_and_one_address()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "postfix", "sidorova");
        foreach (var map in new[] { "sender_bcc", "recipient_bcc" })
            foreach (var line in File.ReadAllLines(Path.Combine(dir, map)).Where(l => !l.StartsWith('#')))
            {
                var parts = line.Split(' ');
                Assert.Equal(2, parts.Length);
                Assert.Equal(MailFirm.Archive, parts[1]);
            }
    }

    [Fact]
    public void Without_the_registry_a_regexp_table_copies_external_senders_and_not_internal_ones()
    {
        using var store = MailFirm.Create(clients: false);
        MailFirm.DisableClients(store);
        var dir = MailFirm.Generate(store, "postfix", "sidorova");
        var table = "regexp:" + Path.Combine(dir, "external_bcc.regexp");
        Assert.Equal(MailFirm.Archive, Tools.PostmapQuery(table, "anyone@example.org"));
        Assert.Null(Tools.PostmapQuery(table, "petrov@buh-expert.ru"));
        Assert.Contains("regexp:/etc/postfix/ops-mail/external_bcc.regexp", File.ReadAllText(Path.Combine(dir, "main.cf")));
    }

    [Fact]
    public void Blocking_free_mail_writes_an_access_map_postmap_accepts()
    {
        using var store = MailFirm.Create();
        store.Run("mail", "policy", "set", "--free-mail-action", "block").ShouldSucceed();
        var dir = MailFirm.Generate(store, "postfix", "sidorova");
        var access = Path.Combine(dir, "freemail_access");
        Assert.True(Tools.Postmap(access).ExitCode == 0);
        var gmail = Tools.PostmapKey("hash:" + access, "gmail.com");
        Assert.StartsWith("REJECT 5.7.1", gmail, StringComparison.Ordinal);
        Assert.Null(Tools.PostmapKey("hash:" + access, "romashka.ru"));
    }
}
