using Ops.Testing;

namespace Ops.Clients.Tests;

public sealed class RegistryTests
{
    [Fact]
    public void Add_validates_the_INN_check_digit_and_writes_nothing_when_it_is_wrong()
    {
        using var store = Firm.Create(import: false);
        var bad = store.RunAs("dir", "clients", "add", "--inn", "7707083894", "--name", "ООО Ошибка");
        Assert.Equal(5, bad.ExitCode);
        Assert.Contains("check digit", bad.Err);
        store.RunAs("dir", "clients", "add", "--inn", Firm.AlphaInn, "--name", "ООО Альфа", "--kpp", "770701001", "--fee", "12 500,50").ShouldSucceed();
        var list = store.Json("dir", "clients", "list");
        Assert.Equal(12500.50m, list.ByInn(Firm.AlphaInn).GetProperty("monthly_fee").GetDecimal());
        var dup = store.RunAs("dir", "clients", "add", "--inn", Firm.AlphaInn, "--name", "Дубль");
        Assert.Equal(6, dup.ExitCode);
    }

    [Fact]
    public void Published_views_carry_the_imported_data_in_the_contract_shape()
    {
        using var store = Firm.Create();
        var alpha = store.Id(Firm.AlphaInn);
        var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.DbPath};Pooling=False");
        db.Open();
        using (db)
        {
            string One(string sql) { using var c = db.CreateCommand(); c.CommandText = sql; return Convert.ToString(c.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!; }
            Assert.Equal("1250000", One($"SELECT monthly_fee_kopecks FROM clients_v1 WHERE id = {alpha}"));
            Assert.Equal("1|dir|2026-10-01|active", One($"SELECT is_key || '|' || owner_contact || '|' || last_owner_contact_on || '|' || status FROM clients_v1 WHERE id = {alpha}"));
            Assert.Equal("beta.com,beta.ru", One($"SELECT group_concat(domain, ',') FROM (SELECT domain FROM client_domains_v1 d JOIN clients_v1 c ON c.id = d.client_id WHERE c.inn = '{Firm.BetaInn}' ORDER BY domain)"));
            Assert.Equal("+79035551122".Length.ToString(), One($"SELECT length(value) FROM client_contact_points_v1 p JOIN clients_v1 c ON c.id = p.client_id WHERE c.inn = '{Firm.BetaInn}' AND kind = 'phone'"));
            Assert.Equal("+79031112233", One($"SELECT value FROM client_contact_points_v1 p JOIN clients_v1 c ON c.id = p.client_id WHERE c.inn = '{Firm.BetaInn}' AND kind = 'phone'"));
            Assert.Equal("lena:lead,anna:backup", One($"SELECT group_concat(login || ':' || role, ',') FROM (SELECT * FROM client_assignments_v1 a JOIN clients_v1 c ON c.id = a.client_id WHERE c.inn = '{Firm.GammaInn}' AND to_date IS NULL ORDER BY role DESC)"));
        }
    }

    [Fact]
    public void Update_archive_and_assignment_history_are_kept()
    {
        using var store = Firm.Create();
        store.Now = store.Now.AddDays(1);
        store.RunAs("dir", "clients", "update", Firm.AlphaInn, "--fee", "15000", "--lead", "lena").ShouldSucceed();
        var alpha = store.Json("dir", "clients", "show", Firm.AlphaInn);
        Assert.Equal(15000m, alpha.GetProperty("monthly_fee").GetDecimal());
        var history = alpha.GetProperty("assignments").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal("anna", history[0].GetProperty("login").GetString());
        Assert.Equal("2026-11-27", history[0].GetProperty("to").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, history[1].GetProperty("to").ValueKind);

        store.RunAs("dir", "clients", "archive", Firm.AlphaInn, "--left-with", "lena").ShouldSucceed();
        alpha = store.Json("dir", "clients", "show", Firm.AlphaInn);
        Assert.Equal("left", alpha.GetProperty("status").GetString());
        Assert.Equal("lena", alpha.GetProperty("left_with").GetString());
        Assert.Contains("lena", alpha.GetProperty("left_reason").GetString());
        Assert.DoesNotContain(Firm.AlphaInn, store.Json("dir", "clients", "list").Inns());
        Assert.Contains(Firm.AlphaInn, store.Json("dir", "clients", "list", "--status", "left").Inns());
    }

    [Fact]
    public void Assign_unassign_and_bulk_reassign_close_assignments_and_are_audited()
    {
        using var store = Firm.Create();
        store.RunAs("dir", "clients", "assign", Firm.BetaInn, "lena", "--role", "backup").ShouldSucceed();
        Assert.Equal(6, store.RunAs("dir", "clients", "assign", Firm.BetaInn, "lena", "--role", "backup").ExitCode);
        store.RunAs("dir", "clients", "unassign", Firm.BetaInn, "lena").ShouldSucceed();
        Assert.Equal(3, store.RunAs("dir", "clients", "unassign", Firm.BetaInn, "lena").ExitCode);

        store.RunAs("dir", "clients", "reassign", "--from", "boris", "--to", "anna").ShouldSucceed();
        var annas = store.Json("dir", "clients", "list", "--lead", "anna").Inns();
        Assert.Equal(new[] { Firm.AlphaInn, Firm.BetaInn, Firm.DeltaInn }.Order(), annas);
        Assert.Empty(store.Json("dir", "clients", "list", "--lead", "boris").EnumerateArray());
        var events = store.Json("admin", "audit", "list", "--action", "clients.reassign");
        Assert.Contains("bulk", events.EnumerateArray().Single().GetProperty("details").GetString());
    }

    [Fact]
    public void Contacts_add_list_and_remove()
    {
        using var store = Firm.Create();
        store.RunAs("dir", "clients", "contacts", "add", Firm.DeltaInn, "Пётр Новиков", "--position", "финансовый директор",
            "--phone", "+7 (926) 000-11-22", "--email", "Petr@Delta.ru", "--messenger", "tg:petr_n").ShouldSucceed();
        var rows = store.Json("dir", "clients", "contacts", "list", Firm.DeltaInn);
        var petr = rows.EnumerateArray().Where(r => r.GetProperty("person").GetString() == "Пётр Новиков").ToList();
        Assert.Equal(["+79260001122", "petr@delta.ru", "tg:petr_n"], petr.Select(r => r.GetProperty("value").GetString()!).Order(StringComparer.Ordinal));
        var bad = store.RunAs("dir", "clients", "contacts", "add", Firm.DeltaInn, "X", "--email", "not-an-address");
        Assert.Equal(5, bad.ExitCode);
        var id = petr[0].GetProperty("contact_id").GetInt64().ToString();
        store.RunAs("dir", "clients", "contacts", "remove", Firm.DeltaInn, id).ShouldSucceed();
        Assert.DoesNotContain(store.Json("dir", "clients", "contacts", "list", Firm.DeltaInn).EnumerateArray(),
            r => r.GetProperty("person").GetString() == "Пётр Новиков");
    }
}
