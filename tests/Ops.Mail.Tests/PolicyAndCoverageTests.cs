namespace Ops.Mail.Tests;

public sealed class PolicyAndCoverageTests
{
    [Fact]
    public void Policy_falls_back_to_the_firm_profile_and_set_bumps_the_revision()
    {
        using var store = MailFirm.Create(clients: false);
        var shown = store.Run("mail", "policy", "show", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(MailFirm.Archive, shown.GetProperty("archive").GetString());
        Assert.Equal(0, shown.GetProperty("revision").GetInt32());
        store.Run("mail", "policy", "set", "--cover", "accountant", "--exclude", "petrov", "--free-mail-action", "block").ShouldSucceed();
        shown = store.Run("mail", "policy", "show", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(1, shown.GetProperty("revision").GetInt32());
        Assert.Equal("accountant", shown.GetProperty("cover_roles").GetString());
        Assert.Equal("petrov", shown.GetProperty("exceptions").GetString());
        Assert.Equal("block", shown.GetProperty("free_mail_action").GetString());
    }

    [Fact]
    public void Policy_set_refuses_unknown_roles_and_logins()
    {
        using var store = MailFirm.Create(clients: false);
        var r = store.Run("mail", "policy", "set", "--cover", "wizard", "--exclude", "nobody");
        Assert.Equal(5, r.ExitCode);
        Assert.Contains("unknown role(s) wizard", r.Err);
        Assert.Contains("no staff member 'nobody'", r.Err);
    }

    [Fact]
    public void Policy_requires_mail_policy()
    {
        using var store = MailFirm.Create(clients: false);
        Assert.Equal(4, store.RunAs("ivanova", "mail", "policy", "set", "--copy-incoming", "no").ExitCode);
    }

    [Fact]
    public void Coverage_lists_missing_mailboxes_uncovered_mailboxes_uncovered_domains_and_leaving_staff()
    {
        using var store = MailFirm.Create();
        store.Run("mail", "policy", "set", "--exclude", "petrov").ShouldSucceed();
        var rows = store.RunAs("sidorova", "mail", "coverage", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Select(e => (Kind: e.GetProperty("kind").GetString(), Subject: e.GetProperty("subject").GetString(), Fix: e.GetProperty("fix").GetString()))
            .ToList();
        Assert.Contains(rows, r => r is { Kind: "no-mailbox", Subject: "nomail" } && r.Fix!.StartsWith("ops staff update nomail --email", StringComparison.Ordinal));
        Assert.Contains(rows, r => r is { Kind: "not-covered", Subject: "petrov" });
        Assert.Contains(rows, r => r is { Kind: "leaving", Subject: "kozlov" });
        Assert.Contains(rows, r => r is { Kind: "domain-not-covered", Subject: "romashka.ru" });
        Assert.Contains(rows, r => r is { Kind: "not-covered", Subject: "ivanova" });

        MailFirm.Generate(store, "all", "sidorova");
        rows = store.RunAs("sidorova", "mail", "coverage", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Select(e => (Kind: e.GetProperty("kind").GetString(), Subject: e.GetProperty("subject").GetString(), Fix: e.GetProperty("fix").GetString()))
            .ToList();
        Assert.DoesNotContain(rows, r => r.Kind == "domain-not-covered");
        Assert.DoesNotContain(rows, r => r is { Kind: "not-covered", Subject: "ivanova" });

        var csv = store.WriteFile("more.csv", "inn,name,domains,lead\n7725012430,ООО Новый,novyi.ru,ivanova\n");
        store.Run("clients", "import", csv).ShouldSucceed();
        var after = store.RunAs("sidorova", "mail", "coverage", "--format", "json").ShouldSucceed().Json().EnumerateArray();
        Assert.Contains(after, e => e.GetProperty("kind").GetString() == "domain-not-covered" && e.GetProperty("subject").GetString() == "novyi.ru");
    }

    [Fact]
    public void Coverage_does_not_show_client_domains_the_actor_may_not_see()
    {
        using var store = MailFirm.Create();
        var r = store.Run("mail", "coverage", "--format", "csv").ShouldSucceed();
        Assert.DoesNotContain("romashka", r.Out);
        Assert.Contains("3 client(s) left out", r.Err);
    }
}
