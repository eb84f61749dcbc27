using Ops.Testing;

namespace Ops.Clients.Tests;

public sealed class AccessTests
{
    /// <summary>The common misconfiguration: the whole base visible to every accountant, contacts still need-to-know.</summary>
    private static OpsTestStore OpenBase(TestEngine engine)
    {
        var store = Firm.Create(engine);
        store.Run("access", "grant", "clients.view", "--role", "accountant", "--scope", "all").ShouldSucceed();
        return store;
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_unassigned_accountant_sees_only_their_own_clients_and_others_look_absent(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        Assert.Equal([Firm.BetaInn, Firm.DeltaInn], store.Json("boris", "clients", "list").Inns());
        Assert.Equal(3, store.RunAs("boris", "clients", "show", Firm.AlphaInn).ExitCode);
        Assert.Equal(3, store.RunAs("boris", "clients", "contacts", "list", Firm.AlphaInn).ExitCode);
        Assert.Empty(store.Json("boris", "clients", "search", "Альфа").EnumerateArray());
        Assert.Equal(3, store.RunAs("boris", "clients", "update", Firm.AlphaInn, "--fee", "1").ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_assigned_accountant_sees_lead_and_backup_clients_with_contacts(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        var list = store.Json("anna", "clients", "list");
        Assert.Equal(new[] { Firm.AlphaInn, Firm.GammaInn }.Order(), list.Inns());
        Assert.Equal(["+79125550112"], list.ByInn(Firm.AlphaInn).GetProperty("phones").Strings());
        Assert.False(list.ByInn(Firm.GammaInn).GetProperty("contacts_masked").GetBoolean());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_team_lead_sees_the_clients_of_their_team_only(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        var list = store.Json("lead", "clients", "list");
        Assert.Equal(new[] { Firm.AlphaInn, Firm.GammaInn }.Order(), list.Inns());
        Assert.Equal(["oleg@gamma.ru"], list.ByInn(Firm.GammaInn).GetProperty("emails").Strings());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_director_sees_every_client_unmasked(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        var list = store.Json("dir", "clients", "list");
        Assert.Equal(4, list.GetArrayLength());
        Assert.All(list.EnumerateArray(), r => Assert.False(r.GetProperty("contacts_masked").GetBoolean()));
        Assert.Equal(["maria@beta.ru"], list.ByInn(Firm.BetaInn).GetProperty("emails").Strings());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Contacts_are_masked_in_json_for_clients_outside_the_contacts_scope(TestEngine engine)
    {
        using var store = OpenBase(engine);
        var result = store.RunAs("boris", "clients", "list", "--format", "json").ShouldSucceed();
        var alpha = result.Json().ByInn(Firm.AlphaInn);
        Assert.True(alpha.GetProperty("contacts_masked").GetBoolean());
        Assert.Equal(["+7 9•• •••-••-12"], alpha.GetProperty("phones").Strings());
        Assert.Equal(["i•••@alfa.ru"], alpha.GetProperty("emails").Strings());
        Assert.Equal("И••• П•••", alpha.GetProperty("contact_person").GetString());
        Assert.DoesNotContain("ivan@alfa.ru", result.Out);
        Assert.Contains("masked", result.Err);
        Assert.Equal(["maria@beta.ru"], result.Json().ByInn(Firm.BetaInn).GetProperty("emails").Strings());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Contacts_are_masked_in_table_csv_show_and_contacts_list(TestEngine engine)
    {
        using var store = OpenBase(engine);
        var table = store.RunAs("boris", "clients", "list").ShouldSucceed().Out;
        Assert.Contains("+7 9•• •••-••-12", table);
        Assert.DoesNotContain("555-01-12", table);
        Assert.DoesNotContain("79125550112", table);

        var csv = Csv.Parse(store.RunAs("boris", "clients", "list", "--format", "csv").ShouldSucceed().Out);
        var alpha = csv.Single(r => r["inn"] == Firm.AlphaInn);
        Assert.Equal("i•••@alfa.ru", alpha["emails"]);
        Assert.Equal("yes", alpha["contacts_masked"]);
        Assert.Equal("maria@beta.ru", csv.Single(r => r["inn"] == Firm.BetaInn)["emails"]);

        var show = store.RunAs("boris", "clients", "show", Firm.AlphaInn).ShouldSucceed().Out;
        Assert.Contains("i•••@alfa.ru", show);
        Assert.DoesNotContain("ivan@alfa.ru", show);
        Assert.Contains("clients.contacts", show);
        var showJson = store.Json("boris", "clients", "show", Firm.AlphaInn);
        Assert.Equal("И••• П•••", showJson.GetProperty("contacts")[0].GetProperty("person").GetString());

        var contacts = store.RunAs("boris", "clients", "contacts", "list", Firm.AlphaInn, "--format", "csv").ShouldSucceed().Out;
        Assert.DoesNotContain("ivan@alfa.ru", contacts);
        Assert.Contains("i•••@alfa.ru", Csv.Parse(contacts).Select(r => r["value"]));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Search_never_matches_on_contact_details_the_actor_may_not_see(TestEngine engine)
    {
        using var store = OpenBase(engine);
        Assert.Empty(store.Json("boris", "clients", "search", "ivan@alfa").EnumerateArray());
        Assert.Empty(store.Json("boris", "clients", "search", "5550112").EnumerateArray());
        Assert.Empty(store.Json("boris", "clients", "search", "Петров").EnumerateArray());
        var byName = store.Json("boris", "clients", "search", "альфа");
        Assert.Equal([Firm.AlphaInn], byName.Inns());
        Assert.Equal(["i•••@alfa.ru"], byName.ByInn(Firm.AlphaInn).GetProperty("emails").Strings());
        Assert.Equal([Firm.BetaInn], store.Json("boris", "clients", "search", "maria@beta").Inns());
        Assert.Equal([Firm.AlphaInn], store.Json("anna", "clients", "search", "5550112").Inns());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_person_after_their_leaving_date_holds_no_access(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        store.Run("staff", "leave", "anna", "--last-day", "2026-12-09", "--notice-date", "2026-11-20").ShouldSucceed();
        Assert.Equal(2, store.Json("anna", "clients", "list").GetArrayLength());
        store.Now = new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.Zero);
        var after = store.RunAs("anna", "clients", "list");
        Assert.Equal(4, after.ExitCode);
        Assert.Equal(4, store.Run("--as", "anna", "clients", "list").ExitCode);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void As_by_an_admin_acts_with_the_target_rights_and_the_audit_names_both(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        var list = store.Run("--as", "boris", "clients", "list", "--format", "json").ShouldSucceed().Json();
        Assert.Equal([Firm.BetaInn, Firm.DeltaInn], list.Inns());
        var events = store.Json("admin", "audit", "list", "--action", "clients.contacts.view");
        var e = events.EnumerateArray().First();
        Assert.Equal("boris", e.GetProperty("actor").GetString());
        Assert.Equal("admin", e.GetProperty("real_actor").GetString());
        Assert.Equal(2, e.Records().Length);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_admin_without_contacts_grant_sees_the_base_but_masked(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        var list = store.Json("admin", "clients", "list");
        Assert.Equal(4, list.GetArrayLength());
        Assert.All(list.EnumerateArray(), r => Assert.True(r.GetProperty("contacts_masked").GetBoolean()));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Every_view_of_contact_details_is_audited_with_the_client_ids(TestEngine engine)
    {
        using var store = OpenBase(engine);
        store.RunAs("boris", "clients", "list").ShouldSucceed();
        var contacts = store.Json("admin", "audit", "list", "--action", "clients.contacts.view").EnumerateArray().First();
        var ids = contacts.Records().Order().ToArray();
        Assert.Equal(new[] { "client:" + store.Id(Firm.BetaInn), "client:" + store.Id(Firm.DeltaInn) }.Order(), ids);
        var views = store.Json("admin", "audit", "list", "--action", "clients.view").EnumerateArray()
            .First(e => e.GetProperty("actor").GetString() == "boris");
        Assert.Equal(4, views.Records().Length);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Editing_needs_clients_edit_within_scope(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        Assert.Equal(4, store.RunAs("anna", "clients", "update", Firm.AlphaInn, "--fee", "1").ExitCode);
        store.RunAs("lead", "clients", "update", Firm.AlphaInn, "--fee", "1").ShouldSucceed();
        Assert.Equal(4, store.RunAs("lead", "clients", "add", "--inn", "5001007329", "--name", "X").ExitCode);
        Assert.Equal(4, store.RunAs("lead", "clients", "reassign", "--from", "boris", "--to", "anna").ExitCode);
    }
}
