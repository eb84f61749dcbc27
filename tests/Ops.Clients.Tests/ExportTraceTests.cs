using System.Text;
using Ops.Testing;

namespace Ops.Clients.Tests;

public sealed class ExportTraceTests
{
    private static OpsTestStore Store()
    {
        var store = Firm.Create();
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        store.Run("access", "grant", "clients.export", "--person", "lead", "--scope", "team").ShouldSucceed();
        return store;
    }

    [Fact]
    public void Export_is_its_own_right()
    {
        using var store = Store();
        Assert.Equal(4, store.RunAs("anna", "clients", "export").ExitCode);
        Assert.Equal(4, store.Run("clients", "export").ExitCode);
    }

    [Fact]
    public void Export_holds_the_scope_plus_canaries_and_is_recorded_and_audited()
    {
        using var store = Store();
        var path = Path.Combine(store.Directory, "lead.csv");
        store.RunAs("lead", "clients", "export", "--output", path).ShouldSucceed();
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        var rows = Csv.Parse(File.ReadAllText(path));
        Assert.Contains(rows, r => r["inn"] == Firm.AlphaInn);
        Assert.Contains(rows, r => r["inn"] == Firm.GammaInn);
        Assert.DoesNotContain(rows, r => r["inn"] == Firm.BetaInn);
        var canaries = rows.Where(r => r["emails"].EndsWith("@mail-check.example.ru", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, canaries.Count);
        Assert.Equal(22, rows.Count);
        var e = store.Json("admin", "audit", "list", "--action", "clients.export").EnumerateArray().Single();
        Assert.Equal("lead", e.GetProperty("actor").GetString());
        Assert.Contains("client:" + store.Id(Firm.AlphaInn), e.Records());
        Assert.Contains(e.Records(), r => r.StartsWith("export:", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_masks_contacts_outside_the_contacts_scope()
    {
        using var store = Store();
        store.Run("access", "grant", "clients.export", "--person", "boris", "--scope", "all").ShouldSucceed();
        store.Run("access", "grant", "clients.view", "--person", "boris", "--scope", "all").ShouldSucceed();
        var result = store.RunAs("boris", "clients", "export", "--format", "json").ShouldSucceed();
        var alpha = result.Json().ByInn(Firm.AlphaInn);
        Assert.Equal(["i•••@alfa.ru"], alpha.GetProperty("emails").Strings());
        Assert.DoesNotContain("ivan@alfa.ru", result.Out);
        Assert.Equal(["maria@beta.ru"], result.Json().ByInn(Firm.BetaInn).GetProperty("emails").Strings());
    }

    [Fact]
    public void Trace_names_the_right_export_after_shuffling_dropping_columns_keeping_a_fifth_and_reencoding()
    {
        using var store = Store();
        var byDirector = Path.Combine(store.Directory, "dir.csv");
        var byLead = Path.Combine(store.Directory, "lead.csv");
        store.RunAs("dir", "clients", "export", "--output", byDirector).ShouldSucceed();
        store.Now = store.Now.AddHours(2);
        store.RunAs("lead", "clients", "export", "--output", byLead).ShouldSucceed();

        // The leak: the lead's list, shuffled, only name/person/phones kept, 20% of rows, Windows-1251 with ';'.
        var random = new Random(7);
        var rows = Csv.Parse(File.ReadAllText(byLead));
        var kept = rows.OrderBy(_ => random.Next()).Take((int)Math.Ceiling(rows.Count * 0.2)).ToList();
        var leaked = new StringBuilder("Телефон;Контакт;Клиент\r\n");
        foreach (var r in kept) leaked.Append($"{r["phones"]};{r["contact_person"]};\"{r["name"].Replace("\"", "\"\"")}\"\r\n");
        var leakPath = store.WriteFile("leak.csv", leaked.ToString(), Firm.Win1251);
        Assert.Equal(5, kept.Count);

        var result = store.RunAs("dir", "clients", "trace", leakPath, "--format", "json").ShouldSucceed();
        var best = result.Json()[0];
        Assert.Equal("lead", best.GetProperty("actor").GetString());
        Assert.Equal("source", best.GetProperty("verdict").GetString());
        Assert.True(best.GetProperty("canaries_found").GetInt32() >= 1);
        Assert.DoesNotContain(result.Json().EnumerateArray(), c => c.GetProperty("actor").GetString() == "dir");
        Assert.Contains("by lead", result.Err);
    }

    [Fact]
    public void Trace_reads_json_and_plain_text_exports()
    {
        using var store = Store();
        var json = Path.Combine(store.Directory, "a.json");
        var text = Path.Combine(store.Directory, "b.txt");
        store.RunAs("dir", "clients", "export", "--format", "json", "--output", json).ShouldSucceed();
        store.RunAs("lead", "clients", "export", "--format", "text", "--output", text).ShouldSucceed();
        Assert.Equal("dir", store.Json("dir", "clients", "trace", json)[0].GetProperty("actor").GetString());
        Assert.Equal("lead", store.Json("dir", "clients", "trace", text)[0].GetProperty("actor").GetString());
    }

    [Fact]
    public void Trace_of_an_unrelated_list_finds_nothing_and_trace_needs_the_watch_right()
    {
        using var store = Store();
        store.RunAs("dir", "clients", "export", "--output", Path.Combine(store.Directory, "x.csv")).ShouldSucceed();
        var other = store.WriteFile("other.txt", "ООО Ромашка, ИНН 5001007329, +7 900 000-00-00\n");
        Assert.Equal(3, store.RunAs("dir", "clients", "trace", other).ExitCode);
        Assert.Equal(4, store.RunAs("lead", "clients", "trace", other).ExitCode);
    }
}
