namespace Ops.Mail.Tests;

/// <summary>The generated Sieve script, judged by Pigeonhole's own sievec and sieve-test.</summary>
public sealed class SieveToolTests
{
    /// <summary>Runs the generated scripts in DIR on a message from FROM to TO, as Dovecot would deliver it to TO.</summary>
    private static Tools.Run Deliver(string dir, string from, string to) => Tools.SieveTest(dir, Tools.Message(from, to), to, from);

    private static void CompilesAll(string dir)
    {
        var scripts = Tools.SieveScripts(dir);
        Assert.NotEmpty(scripts);
        foreach (var s in scripts)
        {
            var r = Tools.Sievec(s);
            Assert.True(r.ExitCode == 0, s + ": " + r.All);
        }
    }

    [Fact]
    public void Sievec_compiles_the_generated_script_for_the_registry_and_for_the_fallback()
    {
        using var store = MailFirm.Create();
        CompilesAll(MailFirm.Generate(store, "sieve", "sidorova"));

        MailFirm.DisableClients(store);
        var fallback = MailFirm.Generate(store, "sieve", "sidorova", "fallback");
        Assert.Contains("all external mail", File.ReadAllText(Tools.SieveScripts(fallback)[0]));
        CompilesAll(fallback);
    }

    [Fact]
    public void Client_mail_to_an_individual_mailbox_is_kept_copied_to_the_archive_and_answered_with_the_notice()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Deliver(dir, "buh@romashka.ru", "ivanova@buh-expert.ru");
        Assert.True(r.ExitCode == 0, r.All);
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", r.Out);
        Assert.Contains("preserve implicit keep", r.Out);
        Assert.Contains("send vacation message", r.Out);
        Assert.Contains("направляйте письма на общий адрес office@buh-expert.ru", r.Out);
        Tools.AssertKept(r);
    }

    [Fact]
    public void Mail_from_a_client_contact_at_a_free_mail_domain_is_matched_by_address()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Deliver(dir, "vektor.orlova@gmail.com", "petrov@buh-expert.ru");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", r.Out);
        var stranger = Deliver(dir, "someone@gmail.com", "petrov@buh-expert.ru");
        Assert.DoesNotContain("redirect", stranger.Out);
    }

    [Fact]
    public void Internal_mail_is_not_copied_or_answered()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Deliver(dir, "petrov@buh-expert.ru", "ivanova@buh-expert.ru");
        Assert.True(r.ExitCode == 0, r.All);
        Assert.DoesNotContain("redirect", r.Out);
        Assert.DoesNotContain("vacation", r.Out);
        Tools.AssertKept(r);
    }

    [Fact]
    public void A_leaving_employees_mail_is_all_copied_and_clients_are_told_the_new_contact()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var fromClient = Deliver(dir, "buh@xn--80abmip8a9h.xn--p1ai", "kozlov@buh-expert.ru");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", fromClient.Out);
        Assert.Contains("Козлов Иван больше не ведёт дела вашей компании. Пожалуйста, направляйте письма по адресу office@buh-expert.ru.", fromClient.Out);
        var internalMail = Deliver(dir, "petrov@buh-expert.ru", "kozlov@buh-expert.ru");
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
        var script = Path.Combine(store.Directory, "out");
        var external = Tools.SieveTest(script, Tools.Message("anyone@example.org", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "anyone@example.org");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", external.Out);
        var internalMail = Tools.SieveTest(script, Tools.Message("petrov@buh-expert.ru", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "petrov@buh-expert.ru");
        Assert.DoesNotContain("redirect", internalMail.Out);
    }

    [Fact]
    public void A_long_client_list_is_split_into_scripts_under_the_size_limit_that_sievec_accepts()
    {
        using var store = MailFirm.Create(clients: false);
        var rows = new System.Text.StringBuilder("inn,name,domains,lead\n");
        for (var i = 0; i < 40_000; i++) rows.Append(Inn(i)).Append(",Клиент ").Append(i).Append(",very-long-client-domain-name-").Append(i).Append(".example.ru,ivanova\n");
        store.Run("clients", "import", store.WriteFile("many.csv", rows.ToString())).ShouldSucceed();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var scripts = Tools.SieveScripts(dir).Where(s => s.Contains("clients")).ToArray();
        Assert.True(scripts.Length > 1, "expected the client list to be split");
        foreach (var s in scripts)
        {
            Assert.True(new FileInfo(s).Length < 1024 * 1024, s + " is over Pigeonhole's default 1 MiB limit");
            var r = Tools.Sievec(s);
            Assert.True(r.ExitCode == 0, s + ": " + r.All);
        }
        var last = Tools.SieveTest(dir, Tools.Message("a@very-long-client-domain-name-39999.example.ru", "ivanova@buh-expert.ru"),
            "ivanova@buh-expert.ru", "a@very-long-client-domain-name-39999.example.ru");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", last.Out);
    }

    /// <summary>A valid 10-digit INN (the registry checks the control digit).</summary>
    private static string Inn(int i)
    {
        var digits = $"77{i:D7}";
        int[] weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        var sum = digits.Select((c, k) => (c - '0') * weights[k]).Sum();
        return digits + (sum % 11 % 10);
    }
}
