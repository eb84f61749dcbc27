using Ops.Testing;

namespace Ops.Mail.Tests;

/// <summary>A small firm built through the real commands: firm profile, staff, clients (imported through
/// the client registry) and a mail policy.</summary>
internal static class MailFirm
{
    public const string Archive = "archive@buh-expert.ru";
    public const string Shared = "office@buh-expert.ru";

    /// <summary>ivanova and petrov (accountants, teams north/south), sidorova (director), kozlov (accountant,
    /// leaving 2026-12-31), nomail (no e-mail). Clients: 1 Ромашка (romashka.ru, lead ivanova), 2 Вектор
    /// (vektor.ru + a gmail contact, lead petrov), 3 Берёзка (берёзка.рф, lead kozlov).</summary>
    public static OpsTestStore Create(TestEngine engine = TestEngine.Sqlite, bool clients = true)
    {
        var store = OpsTestStore.Create(engine);
        // Other bundled plugins may put conditions on clients.contacts (signed documents); this firm is about mail.
        store.Run("plugins", "disable", "docs");
        store.Run("firm", "set", "--name", "ООО «Бухэксперт»", "--domain", "buh-expert.ru",
            "--archive-mailbox", Archive, "--shared-mailbox", Shared).ShouldSucceed();
        store.AddStaff("ivanova", "accountant", "north", "Иванова Анна", "ivanova@buh-expert.ru");
        store.AddStaff("petrov", "accountant", "south", "Петров Пётр", "petrov@buh-expert.ru");
        store.AddStaff("sidorova", "director", "", "Сидорова Мария", "sidorova@buh-expert.ru");
        store.AddStaff("kozlov", "accountant", "north", "Козлов Иван", "kozlov@buh-expert.ru");
        store.AddStaff("nomail", "accountant", "south", "Без Почты");
        store.Run("staff", "leave", "kozlov", "--date", "2026-12-31", "--notice-date", "2026-11-20").ShouldSucceed();
        if (clients) ImportClients(store);
        return store;
    }

    public static void ImportClients(OpsTestStore store)
    {
        var csv = store.WriteFile("clients.csv", """
            inn,name,status,domains,lead,contact_person,contact_emails
            7707083893,ООО Ромашка,active,romashka.ru,ivanova,Смирнов,buh@romashka.ru
            7736207543,ООО Вектор,active,vektor.ru,petrov,Орлова,orlova@vektor.ru|vektor.orlova@gmail.com
            7702070139,ООО Берёзка,active,берёзка.рф,kozlov,Белова,
            """);
        store.Run("clients", "import", csv).ShouldSucceed();
    }

    /// <summary>Turns the client registry off, first turning off whichever bundled plugins need it.</summary>
    public static void DisableClients(OpsTestStore store)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var r = store.Run("plugins", "disable", "clients");
            if (r.ExitCode == 0) return;
            var match = System.Text.RegularExpressions.Regex.Match(r.Err, @"error: ([a-z0-9, -]+) need\(s\) 'clients'");
            if (!match.Success) r.ShouldSucceed();
            foreach (var id in match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                store.Run("plugins", "disable", id).ShouldSucceed();
        }
        throw new InvalidOperationException("could not disable clients");
    }

    /// <summary>Runs generate and returns the output folder.</summary>
    public static string Generate(OpsTestStore store, string target, string? actor = null, string name = "out")
    {
        var dir = Path.Combine(store.Directory, name);
        // Generating again over earlier files is a replacement, which has to be asked for.
        var args = new[] { "mail", "generate", "--target", target, "--out", dir }.Concat(Directory.Exists(dir) ? ["--force"] : Array.Empty<string>()).ToArray();
        (actor is null ? store.Run(args) : store.RunAs(actor, args)).ShouldSucceed();
        return dir;
    }
}
