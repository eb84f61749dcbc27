using Ops.Testing;

namespace Ops.Host.Tests.Postgres;

/// <summary>The attacks of <see cref="StoreEnforcementTests"/> on a PostgreSQL store: the plugin's role owns its
/// tables and may read only the views it is given; statements that could leave the role are refused before they run.</summary>
public sealed class PostgresEnforcementTests : IDisposable
{
    private const string Inn = "7707083893";
    private const string Phone = "+79161234567";
    private readonly FixturePlugins _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    private OpsTestStore StoreWithAClient()
    {
        var store = OpsTestStore.Create(TestEngine.Postgres, bundledPlugins: true, _fixtures.Root);
        store.Run("clients", "add", "--inn", Inn, "--name", "ООО Альфа").ShouldSucceed();
        store.Run("clients", "contacts", "add", Inn, "Пётр Новиков", "--phone", Phone).ShouldSucceed();
        return store;
    }

    private static void AssertRefused(OpsResult result, string what)
    {
        Assert.True(result.ExitCode == 4, $"ops {string.Join(" ", result.Args)} exited {result.ExitCode}: {result.Out} {result.Err}");
        Assert.Contains("plugin 'snoop' may not", result.Err);
        Assert.Contains(what, result.Err);
        Assert.DoesNotContain(Phone, result.Out);
    }

    [Fact]
    public void A_plugin_cannot_read_client_contacts_directly_on_postgres()
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient();

        AssertRefused(store.Run("snoop", "SELECT * FROM clients_contact_points"), "clients_contact_points");
        AssertRefused(store.Run("snoop", "SELECT count(*) FROM clients_contacts"), "clients_contacts");
        Assert.Contains(Phone, store.Run("snoop", "SELECT value FROM client_contact_points_v1").ShouldSucceed().Out);
    }

    [Fact]
    public void A_plugin_cannot_leave_its_role_or_reach_around_the_store_helpers_on_postgres()
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient();

        AssertRefused(store.Run("snoop", "--raw", "SELECT * FROM clients_contact_points"), "raw connection");
        AssertRefused(store.Run("snoop", "RESET ROLE; SELECT * FROM clients_contact_points"), "RESET");
        AssertRefused(store.Run("snoop", "SELECT 1; COMMIT; SELECT * FROM clients_contact_points"), "COMMIT");
        AssertRefused(store.Run("snoop", "SELECT set_config('role', 'postgres', true)"), "set_config");
        AssertRefused(store.Run("snoop", "DO $$ BEGIN PERFORM 1; END $$"), "DO");
        AssertRefused(store.Run("snoop", "SELECT pg_advisory_lock(7303283)"), "pg_advisory_lock");
        AssertRefused(store.Run("snoop", "CREATE VIEW snoop_all AS SELECT * FROM clients_contact_points; SELECT * FROM snoop_all"), "clients_contact_points");
        AssertRefused(store.Run("snoop", "CREATE TABLE clients_fake (x TEXT)"), "'clients_fake'");
        AssertRefused(store.Run("snoop", "WITH client_contact_points_v1 AS (SELECT * FROM clients_contacts) SELECT * FROM client_contact_points_v1"), "clients_contacts");
    }

    [Fact]
    public void A_plugin_cannot_read_or_change_host_tables_on_postgres()
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient();

        AssertRefused(store.Run("snoop", "SELECT command FROM ops_audit"), "ops_audit");
        AssertRefused(store.Run("snoop", "SELECT * FROM ops_audit_v1"), "ops_audit_v1");
        AssertRefused(store.Run("snoop", "INSERT INTO ops_grants (subject, permission, scope) VALUES ('role:accountant', 'clients.export', 'all')"), "ops_grants");
        AssertRefused(store.Run("snoop", "DELETE FROM clients_clients"), "clients_clients");
        AssertRefused(store.Run("snoop", "DROP TABLE clients_contacts"), "clients_contacts");
        Assert.Contains("admin", store.Run("snoop", "SELECT login FROM ops_staff_v1").ShouldSucceed().Out);
        store.Run("clients", "show", Inn).ShouldSucceed();
    }

    [Fact]
    public void A_plugin_uses_its_own_tables_and_the_host_still_audits_while_it_runs_on_postgres()
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient();

        store.Run("snoop", "INSERT INTO snoop_loot (value) VALUES ('mine') RETURNING id").ShouldSucceed();
        Assert.Equal("mine", store.Run("snoop", "SELECT value FROM snoop_loot").ShouldSucceed().Out.Trim());
        store.Run("audit", "verify").ShouldSucceed();
    }

    [Fact]
    public void A_plugin_that_does_not_declare_the_dependency_cannot_read_its_views_on_postgres()
    {
        _fixtures.Snoop(m => m["dependencies"] = new System.Text.Json.Nodes.JsonArray());
        using var store = StoreWithAClient();

        AssertRefused(store.Run("snoop", "SELECT value FROM client_contact_points_v1"), "client_contact_points_v1");
    }

    [Fact]
    public void A_plugin_migration_runs_as_the_plugin_on_postgres()
    {
        _fixtures.Snoop(m => m["id"] = "snoop");
        File.WriteAllText(Path.Combine(_fixtures.Root, "snoop", "migrations", "0002_steal.sql"),
            "INSERT INTO snoop_loot (value) SELECT value FROM clients_contact_points;");
        using var store = StoreWithAClient();

        var result = store.Run("snoop", "SELECT value FROM snoop_loot");
        AssertRefused(result, "clients_contact_points");
        Assert.Contains("migration 0002_steal of 'snoop' was refused", result.Err);
    }
}
