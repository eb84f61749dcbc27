using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

/// <summary>Three plugins read clients for a person: the registry's own list, the mail rules (which embed the
/// clients whose contacts one may see) and the calls reports. All three filter on the registry's reach view, so they
/// must agree client for client — an assignment that starts in the future or has ended included.</summary>
public sealed class ReachAgreementTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    // Who serves whom (today 2026-11-26). Teams: anna and lena north, boris south; dir owns the key clients.
    //   Альфа   lead anna
    //   Бета    lead boris; anna backup from 2026-12-10 (future: not yet hers)
    //   Гамма   lead boris; anna backup 2026-11-01 … 2026-11-20 (ended: no longer hers)
    //   Дельта  lead boris; owner-side contact dir
    //   Эпсилон lead lena
    private static readonly string Csv = $"""
        inn,name,domains,owner_contact,lead,started_on,contact_person,contact_emails,contact_phones
        {Firm.Inn(11)},ООО Альфа,alfa.ru,,anna,2025-01-10,Иван Петров,buh@alfa.ru,+79161110001
        {Firm.Inn(12)},ООО Бета,beta.ru,,boris,2025-02-01,Мария Сидорова,buh@beta.ru,+79161110002
        {Firm.Inn(13)},ООО Гамма,gamma.ru,,boris,2025-03-01,Олег Гаммов,buh@gamma.ru,+79161110003
        {Firm.Inn(14)},ООО Дельта,delta.ru,dir,boris,2025-04-01,Дарья Дельтова,buh@delta.ru,+79161110004
        {Firm.Inn(15)},ООО Эпсилон,epsilon.ru,,lena,2025-05-01,Егор Эпсилонов,buh@epsilon.ru,+79161110005
        """;

    [Theory]
    [InlineData("anna", new[] { "alfa.ru" })]
    [InlineData("lena", new[] { "alfa.ru", "epsilon.ru" })]
    [InlineData("boris", new[] { "beta.ru", "delta.ru", "gamma.ru" })]
    [InlineData("dir", new[] { "alfa.ru", "beta.ru", "delta.ru", "epsilon.ru", "gamma.ru" })]
    public void Clients_list_mail_rules_and_call_reports_reach_the_same_clients(string who, string[] expected)
    {
        using var store = Create();

        var listed = store.Json(who, "clients", "list").EnumerateArray()
            .Select(r => Domain(r.GetProperty("name").GetString()!)).Order(StringComparer.Ordinal).ToArray();
        var reported = store.Json(who, "calls", "report", "silent", "--days", "1").Clients().Select(Domain)
            .Order(StringComparer.Ordinal).ToArray();
        var mailed = MailedDomains(store, who);

        Assert.Equal(expected, listed);
        Assert.Equal(expected, reported);
        Assert.Equal(expected, mailed);
    }

    [Fact]
    public void An_assignment_from_a_future_date_reaches_the_client_from_that_date_on()
    {
        using var store = Create();
        store.Now = new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(["alfa.ru", "beta.ru"], MailedDomains(store, "anna"));
        Assert.Contains("ООО Бета", store.Json("anna", "calls", "report", "silent", "--days", "1").Clients());
    }

    /// <summary>The firm above, built through the real commands; mail and calls enabled, the documents plugin
    /// (whose signing prerequisite on clients.contacts is not what this is about) and pay disabled.</summary>
    private static OpsTestStore Create()
    {
        var store = OpsTestStore.Create();
        store.Now = Today;
        foreach (var id in new[] { "docs", "pay" }) store.Run("plugins", "disable", id).ShouldSucceed();
        store.Run("firm", "set", "--name", "ООО «Бухэксперт»", "--domain", "buh-expert.ru",
            "--archive-mailbox", "archive@buh-expert.ru", "--shared-mailbox", "office@buh-expert.ru").ShouldSucceed();
        store.AddStaff("dir", "director", name: "Директор", email: "dir@buh-expert.ru");
        store.AddStaff("lena", "team-lead", team: "north", email: "lena@buh-expert.ru");
        store.AddStaff("anna", "accountant", team: "north", email: "anna@buh-expert.ru");
        store.AddStaff("boris", "accountant", team: "south", email: "boris@buh-expert.ru");
        store.Run("clients", "import", store.WriteFile("clients.csv", Csv)).ShouldSucceed();
        // One scope per person for all three readers, so that only the reach can make them differ.
        foreach (var (role, scope) in new[] { ("accountant", "assigned"), ("team-lead", "team"), ("director", "all") })
            foreach (var permission in new[] { "clients.view", "clients.contacts", "calls.report", "mail.generate" })
                store.Run("access", "grant", permission, "--role", role, "--scope", scope).ShouldSucceed();

        At(store, new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), "clients", "assign", "3", "anna", "--role", "backup");
        At(store, new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), "clients", "unassign", "3", "anna");
        At(store, new(2026, 12, 10, 9, 0, 0, TimeSpan.Zero), "clients", "assign", "2", "anna", "--role", "backup");
        return store;
    }

    private static void At(OpsTestStore store, DateTimeOffset when, params string[] args)
    {
        store.Now = when;
        store.Run(args).ShouldSucceed();
        store.Now = Today;
    }

    /// <summary>The client domains the Postfix map copies for this person (a map line is "key value").</summary>
    private static string[] MailedDomains(OpsTestStore store, string who)
    {
        var dir = Path.Combine(store.Directory, "mail-" + who + "-" + store.Now.ToString("yyyyMMdd"));
        store.RunAs(who, "mail", "generate", "--target", "postfix", "--out", dir).ShouldSucceed();
        return File.ReadAllLines(Path.Combine(dir, "sender_bcc"))
            .Where(l => l.StartsWith('@'))
            .Select(l => l.Split(' ', 2)[0][1..])
            .Where(d => d != "buh-expert.ru")
            .Order(StringComparer.Ordinal).ToArray();
    }

    private static string Domain(string clientName) => clientName switch
    {
        "ООО Альфа" => "alfa.ru",
        "ООО Бета" => "beta.ru",
        "ООО Гамма" => "gamma.ru",
        "ООО Дельта" => "delta.ru",
        "ООО Эпсилон" => "epsilon.ru",
        _ => throw new ArgumentException($"unknown client {clientName}"),
    };
}
