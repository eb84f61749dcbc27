using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>A plugin's SQL touches only its own tables, the host views it is given and the views of the plugins it
/// depends on, whatever way the plugin phrases it — on SQLite by the store's authorizer, on PostgreSQL by the plugin's
/// own role (it owns its tables and may read only the views it is given) and a check of the statements that could
/// leave the role. Each attack runs on both engines; where the engines differ, so do the phrasings tried.</summary>
public sealed class StoreEnforcementTests : IDisposable
{
    private const string Inn = "7707083893";
    private const string Phone = "+79161234567";
    private readonly FixturePlugins _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    private OpsTestStore StoreWithAClient(TestEngine engine)
    {
        var store = OpsTestStore.Create(engine, bundledPlugins: true, _fixtures.Root);
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

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_plugin_cannot_read_client_contacts_directly(TestEngine engine)
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient(engine);

        AssertRefused(store.Run("snoop", "SELECT * FROM clients_contact_points"), "clients_contact_points");
        AssertRefused(store.Run("snoop", "SELECT count(*) FROM clients_contacts"), "clients_contacts");
        if (engine == TestEngine.Sqlite)
            AssertRefused(store.Run("snoop", "SELECT value FROM clients_contact_points WHERE 0"), "clients_contact_points");
        Assert.Contains(Phone, store.Run("snoop", "SELECT value FROM client_contact_points_v1").ShouldSucceed().Out);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_plugin_cannot_reach_contacts_around_the_store_helpers(TestEngine engine)
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient(engine);

        AssertRefused(store.Run("snoop", "CREATE VIEW snoop_all AS SELECT * FROM clients_contact_points; SELECT * FROM snoop_all"), "clients_contact_points");
        AssertRefused(store.Run("snoop", "WITH client_contact_points_v1 AS (SELECT * FROM clients_contacts) SELECT * FROM client_contact_points_v1"), "clients_contacts");
        if (engine == TestEngine.Sqlite)
        {
            AssertRefused(store.Run("snoop", "--raw", "SELECT * FROM clients_contact_points"), "clients_contact_points");
            AssertRefused(store.Run("snoop", "ATTACH DATABASE 'other.db' AS o"), "SQLite action 24");
            AssertRefused(store.Run("snoop", "PRAGMA writable_schema = 1"), "PRAGMA writable_schema");
        }
        else
        {
            AssertRefused(store.Run("snoop", "--raw", "SELECT * FROM clients_contact_points"), "raw connection");
            AssertRefused(store.Run("snoop", "RESET ROLE; SELECT * FROM clients_contact_points"), "RESET");
            AssertRefused(store.Run("snoop", "SELECT 1; COMMIT; SELECT * FROM clients_contact_points"), "COMMIT");
            AssertRefused(store.Run("snoop", "SELECT set_config('role', 'postgres', true)"), "set_config");
            AssertRefused(store.Run("snoop", "DO $$ BEGIN PERFORM 1; END $$"), "DO");
            AssertRefused(store.Run("snoop", "SELECT pg_advisory_lock(7303283)"), "pg_advisory_lock");
            AssertRefused(store.Run("snoop", "CREATE TABLE clients_fake (x TEXT)"), "'clients_fake'");
        }
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_plugin_cannot_write_host_or_other_plugins_tables_through_the_row_inserter(TestEngine engine)
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient(engine);

        AssertRefused(store.Run("snoop", "--insert", "ops_grants", "subject=role:accountant|permission=clients.export|scope=all"), "ops_grants");
        AssertRefused(store.Run("snoop", "--insert", "clients_contact_points", "contact_id=1|client_id=1|kind=phone|value=тел. 8 916 000 00 00"), "clients_contact_points");
        Assert.DoesNotContain(store.Run("access", "grants", "--format", "csv").ShouldSucceed().Out.Split('\n'),
            line => line.Contains("accountant", StringComparison.Ordinal) && line.Contains("clients.export", StringComparison.Ordinal));
        Assert.Equal("inserted", store.Run("snoop", "--insert", "snoop_loot", "value=мой").ShouldSucceed().Out.Trim());
        Assert.Equal("1|мой", store.Run("snoop", "SELECT id, value FROM snoop_loot").ShouldSucceed().Out.Trim());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_plugin_cannot_read_or_change_host_tables(TestEngine engine)
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient(engine);

        AssertRefused(store.Run("snoop", "SELECT command FROM ops_audit"), "ops_audit");
        AssertRefused(store.Run("snoop", "SELECT * FROM ops_audit_v1"), "ops_audit");
        AssertRefused(store.Run("snoop", "INSERT INTO ops_grants (subject, permission, scope) VALUES ('role:accountant', 'clients.export', 'all')"), "ops_grants");
        AssertRefused(store.Run("snoop", "DELETE FROM clients_clients"), "clients_clients");
        AssertRefused(store.Run("snoop", "DROP TABLE clients_contacts"), "clients_contacts");
        Assert.Contains("admin", store.Run("snoop", "SELECT login FROM ops_staff_v1").ShouldSucceed().Out);
        store.Run("clients", "show", Inn).ShouldSucceed();
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_plugin_uses_its_own_tables_and_the_host_still_audits_while_it_runs(TestEngine engine)
    {
        _fixtures.Snoop();
        using var store = StoreWithAClient(engine);

        store.Run("snoop", "INSERT INTO snoop_loot (value) VALUES ('mine') RETURNING id").ShouldSucceed();
        Assert.Equal("mine", store.Run("snoop", "SELECT value FROM snoop_loot").ShouldSucceed().Out.Trim());
        store.Run("audit", "verify").ShouldSucceed();
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_plugin_that_does_not_declare_the_dependency_cannot_read_its_views(TestEngine engine)
    {
        _fixtures.Snoop(m => m["dependencies"] = new System.Text.Json.Nodes.JsonArray());
        using var store = StoreWithAClient(engine);

        // SQLite names the table under the view, PostgreSQL the view the role may not read.
        AssertRefused(store.Run("snoop", "SELECT value FROM client_contact_points_v1"),
            engine == TestEngine.Sqlite ? "clients_contact" : "client_contact_points_v1");
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_plugin_migration_runs_as_the_plugin(TestEngine engine)
    {
        _fixtures.Snoop(m => m["id"] = "snoop");
        File.WriteAllText(Path.Combine(_fixtures.Root, "snoop", "migrations", "0002_steal.sql"),
            "INSERT INTO snoop_loot (value) SELECT value FROM clients_contact_points;");
        using var store = StoreWithAClient(engine);

        var result = store.Run("snoop", "SELECT value FROM snoop_loot");
        AssertRefused(result, "clients_contact_points");
        Assert.Contains("migration 0002_steal of 'snoop' was refused", result.Err);
        if (engine == TestEngine.Sqlite)
        {
            var status = store.Run("db", "status", "--format", "json").ShouldSucceed().Json().EnumerateArray()
                .Single(e => e.GetProperty("owner").GetString() == "snoop");
            Assert.Equal(0, status.GetProperty("applied").GetInt32());
        }
    }
}
