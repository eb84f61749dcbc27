namespace Ops.Mail.Tests;

/// <summary>Policy switches change what the servers do, as their own tools show.</summary>
public sealed class PolicyEffectTests
{
    [Fact]
    public void Roles_outside_the_cover_and_exceptions_get_no_copy()
    {
        using var store = MailFirm.Create();
        store.Run("mail", "policy", "set", "--cover", "accountant", "--exclude", "petrov").ShouldSucceed();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var director = Tools.SieveTest(dir, Tools.Message("buh@romashka.ru", "sidorova@buh-expert.ru"), "sidorova@buh-expert.ru", "buh@romashka.ru");
        Assert.DoesNotContain("redirect", director.Out);
        var excepted = Tools.SieveTest(dir, Tools.Message("orlova@vektor.ru", "petrov@buh-expert.ru"), "petrov@buh-expert.ru", "orlova@vektor.ru");
        Assert.DoesNotContain("redirect", excepted.Out);
        var accountant = Tools.SieveTest(dir, Tools.Message("buh@romashka.ru", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "buh@romashka.ru");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", accountant.Out);
    }

    [Fact]
    public void Without_incoming_copies_the_client_still_gets_the_notice()
    {
        using var store = MailFirm.Create();
        store.Run("mail", "policy", "set", "--copy-incoming", "no").ShouldSucceed();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Tools.SieveTest(dir, Tools.Message("buh@romashka.ru", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "buh@romashka.ru");
        Assert.DoesNotContain("redirect", r.Out);
        Assert.Contains("send vacation message", r.Out);
        Tools.AssertKept(r);
        var postfix = MailFirm.Generate(store, "postfix", "sidorova", "pf");
        Assert.True(Tools.Postmap(Path.Combine(postfix, "sender_bcc")).ExitCode == 0);
        Assert.Null(Tools.PostmapQuery("hash:" + Path.Combine(postfix, "sender_bcc"), "buh@romashka.ru"));
    }

    [Fact]
    public void The_leaving_notice_points_to_the_leaving_contact()
    {
        using var store = MailFirm.Create();
        store.Run("mail", "policy", "set", "--leaving-contact", "sidorova@buh-expert.ru",
            "--leaving-notice", "{name} больше не ведёт ваши дела. Пишите: {contact}").ShouldSucceed();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Tools.SieveTest(dir, Tools.Message("orlova@vektor.ru", "kozlov@buh-expert.ru"), "kozlov@buh-expert.ru", "orlova@vektor.ru");
        Assert.Contains("Козлов Иван больше не ведёт ваши дела. Пишите: sidorova@buh-expert.ru", r.Out);
    }

    [Fact]
    public void Generating_without_an_archive_mailbox_is_refused_with_the_fix()
    {
        using var store = Ops.Testing.OpsTestStore.Create();
        store.AddStaff("ivanova", "accountant", "north", "Иванова Анна", "ivanova@buh-expert.ru");
        var r = store.Run("mail", "generate", "--target", "sieve", "--out", Path.Combine(store.Directory, "out"));
        Assert.Equal(5, r.ExitCode);
        Assert.Contains("ops mail policy set --archive", r.Err);
        Assert.False(Directory.Exists(Path.Combine(store.Directory, "out")));
    }
}
