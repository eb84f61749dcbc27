using System.Text;
using Ops.Testing;

namespace Ops.Clients.Tests;

public sealed class WatchTests
{
    private static string Inn(int n)
    {
        var body = $"77{n:D7}";
        int[] w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        return body + (body.Select((c, i) => (c - '0') * w[i]).Sum() % 11 % 10);
    }

    private static DateTimeOffset Day(int month, int day) => new(2026, month, day, 10, 0, 0, TimeSpan.Zero);

    /// <summary>An accountant with a quiet history who, around giving notice, browses everybody's contacts and exports.</summary>
    private static OpsTestStore DepartingAccountant()
    {
        var store = Firm.Create(import: false, at: Day(10, 1));
        store.RunAs("dir", "clients", "import", store.WriteFile("firm.csv", Firm.Csv)).ShouldSucceed();
        var more = new StringBuilder("inn,name,lead,contact_person,contact_emails\n");
        for (var i = 1; i <= 16; i++) more.Append($"{Inn(1000 + i)},ООО Клиент {i},boris,Контакт {i},c{i}@client{i}.ru\n");
        store.RunAs("dir", "clients", "import", store.WriteFile("more.csv", more.ToString())).ShouldSucceed();

        for (var d = 2; d <= 12; d += 2)
        {
            store.Now = Day(11, d);
            store.RunAs("anna", "clients", "list").ShouldSucceed();
        }
        // The firm's base is open to her (the misconfiguration watch exists to catch) …
        store.Run("access", "grant", "clients.view", "--person", "anna", "--scope", "all").ShouldSucceed();
        store.Run("access", "grant", "clients.contacts", "--person", "anna", "--scope", "all").ShouldSucceed();
        store.Run("access", "grant", "clients.export", "--person", "anna", "--scope", "all").ShouldSucceed();
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        // … she browses everyone's contacts a few days before giving notice, then exports.
        store.Now = Day(11, 20);
        store.RunAs("anna", "clients", "list").ShouldSucceed();
        store.Run("staff", "leave", "anna", "--last-day", "2026-12-19", "--notice-date", "2026-11-24").ShouldSucceed();
        store.Now = Day(11, 25);
        store.RunAs("anna", "clients", "export", "--output", Path.Combine(store.Directory, "mine.csv")).ShouldSucceed();
        store.Now = Day(11, 26);
        store.RunAs("dir", "clients", "reassign", "--from", "anna", "--to", "lena").ShouldSucceed();
        return store;
    }

    [Fact]
    public void Watch_flags_the_departing_accountant_and_exits_1_on_high_findings()
    {
        using var store = DepartingAccountant();
        var result = store.RunAs("dir", "clients", "watch", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var findings = result.Json().EnumerateArray().ToList();
        string Severity(string kind, string person) => findings.Single(f => f.GetProperty("kind").GetString() == kind
            && f.GetProperty("person").GetString() == person).GetProperty("severity").GetString()!;

        Assert.Equal("high", Severity("outside-assignment", "anna"));
        Assert.Equal("high", Severity("departing-activity", "anna"));
        Assert.Equal("high", Severity("export", "anna"));
        Assert.Contains(findings, f => f.GetProperty("kind").GetString() == "above-baseline" && f.GetProperty("person").GetString() == "anna"
                                       && f.GetProperty("finding").GetString()!.Contains("on 2026-11-20"));
        Assert.Equal("medium", Severity("bulk-reassignment", "dir"));
        Assert.Contains(findings, f => f.GetProperty("kind").GetString() == "single-thread" && f.GetProperty("person").GetString() == "boris");
        var departing = findings.Single(f => f.GetProperty("kind").GetString() == "departing-activity");
        Assert.Contains("1 export", departing.GetProperty("finding").GetString());
        Assert.DoesNotContain(findings, f => f.GetProperty("person").GetString() == "lena" && f.GetProperty("kind").GetString() != "single-thread");
    }

    [Fact]
    public void Watch_before_anything_happened_reports_only_relationship_gaps_and_exits_0()
    {
        using var store = Firm.Create();
        var result = store.RunAs("dir", "clients", "watch", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.All(rows, r => Assert.Contains(r["kind"], new[] { "single-thread", "key-no-owner-contact" }));
        Assert.All(rows, r => Assert.NotEqual("high", r["severity"]));
    }

    [Fact]
    public void Key_client_without_recent_owner_contact_is_flagged_and_since_limits_the_window()
    {
        using var store = Firm.Create();
        store.Now = Day(11, 26).AddDays(120);
        var findings = store.Json("dir", "clients", "watch").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("kind").GetString() == "key-no-owner-contact"
                                       && f.GetProperty("fix").GetString()!.Contains("--last-owner-contact"));
        Assert.Equal(4, store.RunAs("anna", "clients", "watch").ExitCode);
    }
}
