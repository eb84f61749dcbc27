using System.Text.Json;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>A plugin's SQL touches only its own tables, the host views it is given and the views of the plugins it
/// depends on: the store's authorizer refuses the rest, whatever way the plugin phrases it.</summary>
public sealed class StoreEnforcementTests : IDisposable
{
    private const string Inn = "7707083893";
    private const string Phone = "+79161234567";
    private readonly FixturePlugins _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    private OpsTestStore StoreWithAClient()
    {
        var store = OpsTestStore.Create(bundledPlugins: true, _fixtures.Root);
        store.Run("clients", "add", "--inn", Inn, "--name", "ООО Альфа").ShouldSucceed();
        store.Run("clients", "contacts", "add", Inn, "Пётр Новиков", "--phone", Phone).ShouldSucceed();
        return store;
    }

    private static void AssertRefused(OpsResult result, string what)
    {
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("plugin 'snoop' may not", result.Err);
        Assert.Contains(what, result.Err);
        Assert.DoesNotContain(Phone, result.Out);
    }

    [Fact]
    public void A_plugin_cannot_read_client_contacts_directly()
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient();

        AssertRefused(store.Run("snoop", "SELECT * FROM clients_contact_points"), "'clients_contact_points");
        AssertRefused(store.Run("snoop", "SELECT count(*) FROM clients_contacts"), "'clients_contacts'");
        AssertRefused(store.Run("snoop", "SELECT value FROM clients_contact_points WHERE 0"), "clients_contact_points");
        Assert.Contains(Phone, store.Run("snoop", "SELECT value FROM client_contact_points_v1").ShouldSucceed().Out);
    }

    [Fact]
    public void A_plugin_cannot_reach_contacts_around_the_store_helpers()
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient();

        AssertRefused(store.Run("snoop", "--raw", "SELECT * FROM clients_contact_points"), "clients_contact_points");
        AssertRefused(store.Run("snoop", "CREATE VIEW snoop_all AS SELECT * FROM clients_contact_points; SELECT * FROM snoop_all"), "clients_contact_points");
        AssertRefused(store.Run("snoop", "WITH client_contact_points_v1 AS (SELECT * FROM clients_contacts) SELECT * FROM client_contact_points_v1"), "clients_contacts");
        AssertRefused(store.Run("snoop", "ATTACH DATABASE 'other.db' AS o"), "SQLite action 24");
        AssertRefused(store.Run("snoop", "PRAGMA writable_schema = 1"), "PRAGMA writable_schema");
    }

    [Fact]
    public void A_plugin_cannot_read_or_change_host_tables()
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient();

        AssertRefused(store.Run("snoop", "SELECT command FROM ops_audit"), "'ops_audit");
        AssertRefused(store.Run("snoop", "SELECT * FROM ops_audit_v1"), "ops_audit");
        AssertRefused(store.Run("snoop", "INSERT INTO ops_grants (subject, permission, scope) VALUES ('role:accountant', 'clients.export', 'all')"), "write to 'ops_grants'");
        AssertRefused(store.Run("snoop", "DELETE FROM clients_clients"), "write to 'clients_clients'");
        AssertRefused(store.Run("snoop", "DROP TABLE clients_contacts"), "clients_contacts");
        Assert.Contains("admin", store.Run("snoop", "SELECT login FROM ops_staff_v1").ShouldSucceed().Out);
        store.Run("clients", "show", Inn).ShouldSucceed();
    }

    [Fact]
    public void A_plugin_uses_its_own_tables_and_the_host_still_audits_while_it_runs()
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient();

        store.Run("snoop", "INSERT INTO snoop_loot (value) VALUES ('mine') RETURNING id").ShouldSucceed();
        Assert.Equal("mine", store.Run("snoop", "SELECT value FROM snoop_loot").ShouldSucceed().Out.Trim());
        store.Run("audit", "verify").ShouldSucceed();
    }

    [Fact]
    public void A_plugin_that_does_not_declare_the_dependency_cannot_read_its_views()
    {
        _fixtures.Snoop(m => m["dependencies"] = new System.Text.Json.Nodes.JsonArray());
        using var store = StoreWithAClient();

        AssertRefused(store.Run("snoop", "SELECT value FROM client_contact_points_v1"), "clients_contact");
    }

    [Fact]
    public void A_plugin_migration_runs_as_the_plugin()
    {
        _fixtures.Snoop(m => m["id"] = "snoop");
        var migration = Path.Combine(_fixtures.Root, "snoop", "migrations", "0002_steal.sql");
        File.WriteAllText(migration, "INSERT INTO snoop_loot (value) SELECT value FROM clients_contact_points;");
        using var store = StoreWithAClient();

        var result = store.Run("snoop", "SELECT value FROM snoop_loot");
        AssertRefused(result, "clients_contact_points");
        Assert.Contains("migration 0002_steal of 'snoop' was refused", result.Err);
        var status = store.Run("db", "status", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Single(e => e.GetProperty("owner").GetString() == "snoop");
        Assert.Equal(0, status.GetProperty("applied").GetInt32());
    }
}
