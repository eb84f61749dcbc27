namespace Ops.Mail.Tests;

/// <summary>The generated Sieve script, judged by Pigeonhole's own sievec and sieve-test.</summary>
public sealed class SieveToolTests
{
    private static string Script(string dir) => Path.Combine(dir, "ops-mail.sieve");

    [Fact]
    public void Sievec_compiles_the_generated_script_for_the_registry_and_for_the_fallback()
    {
        using var store = MailFirm.Create();
        var registry = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Tools.Sievec(Script(registry));
        Assert.True(r.ExitCode == 0, r.All);

        MailFirm.DisableClients(store);
        var fallback = MailFirm.Generate(store, "sieve", "sidorova", "fallback");
        Assert.Contains("all external mail", File.ReadAllText(Script(fallback)));
        r = Tools.Sievec(Script(fallback));
        Assert.True(r.ExitCode == 0, r.All);
    }

    [Fact]
    public void Client_mail_to_an_individual_mailbox_is_kept_copied_to_the_archive_and_answered_with_the_notice()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Tools.SieveTest(Script(dir), Tools.Message("buh@romashka.ru", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "buh@romashka.ru");
        Assert.True(r.ExitCode == 0, r.All);
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", r.Out);
        Assert.Contains("preserve implicit keep", r.Out);
        Assert.Contains("send vacation message", r.Out);
        Assert.Contains("Please send correspondence about your company to office@buh-expert.ru", r.Out);
        Assert.Contains("store message in folder: INBOX", r.Out);
    }

    [Fact]
    public void Mail_from_a_client_contact_at_a_free_mail_domain_is_matched_by_address()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Tools.SieveTest(Script(dir), Tools.Message("vektor.orlova@gmail.com", "petrov@buh-expert.ru"), "petrov@buh-expert.ru", "vektor.orlova@gmail.com");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", r.Out);
        var stranger = Tools.SieveTest(Script(dir), Tools.Message("someone@gmail.com", "petrov@buh-expert.ru"), "petrov@buh-expert.ru", "someone@gmail.com");
        Assert.DoesNotContain("redirect", stranger.Out);
    }

    [Fact]
    public void Internal_mail_is_not_copied_or_answered()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Tools.SieveTest(Script(dir), Tools.Message("petrov@buh-expert.ru", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "petrov@buh-expert.ru");
        Assert.True(r.ExitCode == 0, r.All);
        Assert.DoesNotContain("redirect", r.Out);
        Assert.DoesNotContain("vacation", r.Out);
        Assert.Contains("store message in folder: INBOX", r.Out);
    }

    [Fact]
    public void A_leaving_employees_mail_is_all_copied_and_clients_are_told_the_new_contact()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var fromClient = Tools.SieveTest(Script(dir), Tools.Message("buh@xn--80abmip8a9h.xn--p1ai", "kozlov@buh-expert.ru"), "kozlov@buh-expert.ru", "buh@xn--80abmip8a9h.xn--p1ai");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", fromClient.Out);
        Assert.Contains("Козлов Иван no longer handles your company's affairs. Please write to office@buh-expert.ru.", fromClient.Out);
        var internalMail = Tools.SieveTest(Script(dir), Tools.Message("petrov@buh-expert.ru", "kozlov@buh-expert.ru"), "kozlov@buh-expert.ru", "petrov@buh-expert.ru");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", internalMail.Out);
        Assert.DoesNotContain("vacation", internalMail.Out);
    }

    [Fact]
    public void Without_the_client_registry_all_external_mail_is_client_mail()
    {
        using var store = MailFirm.Create(clients: false);
        MailFirm.DisableClients(store);
        var result = store.RunAs("sidorova", "mail", "generate", "--target", "sieve", "--out", Path.Combine(store.Directory, "out"));
        result.ShouldSucceed();
        Assert.Contains("client registry (clients) is disabled", result.Err);
        var script = Path.Combine(store.Directory, "out", "ops-mail.sieve");
        var external = Tools.SieveTest(script, Tools.Message("anyone@example.org", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "anyone@example.org");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", external.Out);
        var internalMail = Tools.SieveTest(script, Tools.Message("petrov@buh-expert.ru", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "petrov@buh-expert.ru");
        Assert.DoesNotContain("redirect", internalMail.Out);
    }
}
