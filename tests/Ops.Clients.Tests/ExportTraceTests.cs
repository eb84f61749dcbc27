using System.Text;
using Ops.Testing;

namespace Ops.Clients.Tests;

public sealed class ExportTraceTests
{
    private static OpsTestStore Store(TestEngine engine)
    {
        var store = Firm.Create(engine);
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        store.Run("access", "grant", "clients.export", "--person", "lead", "--scope", "team").ShouldSucceed();
        return store;
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Export_is_its_own_right(TestEngine engine)
    {
        using var store = Store(engine);
        Assert.Equal(4, store.RunAs("anna", "clients", "export").ExitCode);
        Assert.Equal(4, store.Run("clients", "export").ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Export_holds_the_scope_plus_canaries_and_is_recorded_and_audited(TestEngine engine)
    {
        using var store = Store(engine);
        var path = Path.Combine(store.Directory, "lead.csv");
        store.RunAs("lead", "clients", "export", "--output", path).ShouldSucceed();
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        var rows = Csv.Parse(File.ReadAllText(path));
        Assert.Contains(rows, r => r["inn"] == Firm.AlphaInn);
        Assert.Contains(rows, r => r["inn"] == Firm.GammaInn);
        Assert.DoesNotContain(rows, r => r["inn"] == Firm.BetaInn);
        var canaries = rows.Where(r => r["emails"].EndsWith("@mail-check.example.ru", StringComparison.Ordinal)).ToList();
        Assert.Single(canaries);
        Assert.Equal(3, rows.Count);
        var e = store.Json("admin", "audit", "list", "--action", "clients.export").EnumerateArray().Single();
        Assert.Equal("lead", e.GetProperty("actor").GetString());
        Assert.Contains("client:" + store.Id(Firm.AlphaInn), e.Records());
        Assert.Contains(e.Records(), r => r.StartsWith("export:", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Export_masks_contacts_outside_the_contacts_scope(TestEngine engine)
    {
        using var store = Store(engine);
        store.Run("access", "grant", "clients.export", "--person", "boris", "--scope", "all").ShouldSucceed();
        store.Run("access", "grant", "clients.view", "--person", "boris", "--scope", "all").ShouldSucceed();
        var result = store.RunAs("boris", "clients", "export", "--format", "json").ShouldSucceed();
        var alpha = result.Json().ByInn(Firm.AlphaInn);
        Assert.Equal(["i•••@alfa.ru"], alpha.GetProperty("emails").Strings());
        Assert.DoesNotContain("ivan@alfa.ru", result.Out);
        Assert.Equal(["maria@beta.ru"], result.Json().ByInn(Firm.BetaInn).GetProperty("emails").Strings());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Trace_names_the_right_export_after_shuffling_dropping_columns_keeping_half_and_reencoding(TestEngine engine)
    {
        using var store = Store(engine);
        store.RunAs("dir", "clients", "import", store.WriteFile("many.csv", ManyClients.Csv(200, "anna"))).ShouldSucceed();
        var byDirector = Path.Combine(store.Directory, "dir.csv");
        var byLead = Path.Combine(store.Directory, "lead.csv");
        store.RunAs("dir", "clients", "export", "--output", byDirector).ShouldSucceed();
        store.Now = store.Now.AddHours(2);
        store.RunAs("lead", "clients", "export", "--output", byLead).ShouldSucceed();

        // The leak: the lead's list, shuffled, only name/person/phones kept, half the rows, Windows-1251 with ';'.
        // 202 real rows carry 20 canaries; the chance that none of them is in a random half is below 1 in 30,000.
        var random = new Random(7);
        var rows = Csv.Parse(File.ReadAllText(byLead));
        var kept = rows.OrderBy(_ => random.Next()).Take(rows.Count / 2).ToList();
        var leaked = new StringBuilder("Телефон;Контакт;Клиент\r\n");
        foreach (var r in kept) leaked.Append($"{r["phones"]};{r["contact_person"]};\"{r["name"].Replace("\"", "\"\"")}\"\r\n");
        var leakPath = store.WriteFile("leak.csv", leaked.ToString(), Firm.Win1251);
        Assert.Equal(222, rows.Count);

        var result = store.RunAs("dir", "clients", "trace", leakPath, "--format", "json").ShouldSucceed();
        var best = result.Json()[0];
        Assert.Equal("lead", best.GetProperty("actor").GetString());
        Assert.Equal("source", best.GetProperty("verdict").GetString());
        Assert.True(best.GetProperty("canaries_found").GetInt32() >= 1);
        Assert.DoesNotContain(result.Json().EnumerateArray(), c => c.GetProperty("actor").GetString() == "dir");
        Assert.Contains("by lead", result.Err);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Trace_reads_json_and_plain_text_exports(TestEngine engine)
    {
        using var store = Store(engine);
        var json = Path.Combine(store.Directory, "a.json");
        var text = Path.Combine(store.Directory, "b.txt");
        store.RunAs("dir", "clients", "export", "--format", "json", "--output", json).ShouldSucceed();
        store.RunAs("lead", "clients", "export", "--format", "text", "--output", text).ShouldSucceed();
        Assert.Equal("dir", store.Json("dir", "clients", "trace", json)[0].GetProperty("actor").GetString());
        Assert.Equal("lead", store.Json("dir", "clients", "trace", text)[0].GetProperty("actor").GetString());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Trace_of_an_unrelated_list_finds_nothing_and_trace_needs_the_watch_right(TestEngine engine)
    {
        using var store = Store(engine);
        store.RunAs("dir", "clients", "export", "--output", Path.Combine(store.Directory, "x.csv")).ShouldSucceed();
        var other = store.WriteFile("other.txt", "ООО Ромашка, ИНН 5001007329, +7 900 000-00-00\n");
        Assert.Equal(3, store.RunAs("dir", "clients", "trace", other).ExitCode);
        Assert.Equal(4, store.RunAs("lead", "clients", "trace", other).ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_export_of_18_clients_carries_2_canaries_not_more_fake_rows_than_real_ones(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        store.RunAs("dir", "clients", "import", store.WriteFile("18.csv", ManyClients.Csv(18, "anna"))).ShouldSucceed();
        store.Run("access", "grant", "clients.export", "--person", "dir", "--scope", "all").ShouldSucceed();
        var path = Path.Combine(store.Directory, "18-export.csv");
        store.RunAs("dir", "clients", "export", "--output", path).ShouldSucceed();
        var rows = Csv.Parse(File.ReadAllText(path));
        var canaries = rows.Where(r => r["emails"].EndsWith("@mail-check.example.ru", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, canaries.Count);
        Assert.Equal(20, rows.Count);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Canaries_take_the_shape_of_the_real_rows_they_hide_among(TestEngine engine)
    {
        using var store = Firm.Create(engine, import: false);
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        var soleTraders = new StringBuilder("inn,name,legal_form,status,monthly_fee,lead,contact_person,contact_emails\n");
        foreach (var (inn, i) in new[] { "500100732259", "773173084809", "771309174833", "772470044469", "500903390690" }.Select((x, i) => (x, i)))
            soleTraders.Append($"{inn},ИП Петров-{i},ИП,paused,{7000 + i * 500},anna,Петров Пётр Петрович,p{i}@ip{i}.ru\n");
        store.RunAs("dir", "clients", "import", store.WriteFile("ip.csv", soleTraders.ToString())).ShouldSucceed();
        store.Run("access", "grant", "clients.export", "--person", "dir", "--scope", "all").ShouldSucceed();
        var path = Path.Combine(store.Directory, "ip-export.csv");
        store.RunAs("dir", "clients", "export", "--output", path, "--status", "any").ShouldSucceed();
        var canary = Csv.Parse(File.ReadAllText(path)).Single(r => r["emails"].EndsWith("@mail-check.example.ru", StringComparison.Ordinal));
        Assert.Equal(12, canary["inn"].Length);
        Assert.StartsWith("ИП ", canary["name"], StringComparison.Ordinal);
        Assert.Equal("", canary["kpp"]);
        Assert.Equal("paused", canary["status"]);
        Assert.Equal(3, canary["contact_person"].Split(' ').Length);
        var fee = decimal.Parse(canary["monthly_fee"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(fee, 5000m, 11000m);
        var added = store.RunAs("dir", "clients", "add", "--inn", canary["inn"], "--name", "Проверка").ShouldSucceed();
        Assert.Equal(0, added.ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_export_whose_canaries_fall_back_to_the_firms_own_domain_warns(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        store.Run("firm", "set", "--domain", "buh-firm.ru").ShouldSucceed();
        store.Run("access", "grant", "clients.export", "--person", "dir", "--scope", "all").ShouldSucceed();
        var fallback = store.RunAs("dir", "clients", "export", "--output", Path.Combine(store.Directory, "a.csv")).ShouldSucceed();
        Assert.Contains("warning: no separate canary domain is set, so canary e-mails are on the firm's own domain buh-firm.ru", fallback.Err);
        Assert.Contains("hint: ops clients settings --canary-domain", fallback.Err);
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        var separate = store.RunAs("dir", "clients", "export", "--output", Path.Combine(store.Directory, "b.csv")).ShouldSucceed();
        Assert.DoesNotContain("warning", separate.Err);
    }
}
