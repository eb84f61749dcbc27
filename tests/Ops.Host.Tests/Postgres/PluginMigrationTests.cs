using Ops.Host.Store;
using Ops.Testing;

namespace Ops.Host.Tests.Postgres;

/// <summary>Every bundled plugin's, the sample's and the template's migrations run on both engines, in dependency
/// order, so a plugin author's one SQL file serves a firm on either (docs/plugins.md, "Portable SQL").</summary>
public sealed class PluginMigrationTests
{
    private static readonly string[] Bundled = ["clients", "calls", "docs", "mail", "pay"];

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Every_bundled_plugins_migrations_apply_on_each_engine(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        var migrator = new Migrator(store, TimeProvider.System);
        foreach (var id in Bundled)
        {
            var migrations = Migration.FromDirectory(Path.Combine(OpsTestStore.HostOutDir, "plugins", id, "migrations"), store.Engine);
            Assert.NotEmpty(migrations);
            migrator.Apply(id, "1.0.0", migrations);
            Assert.Equal(migrations.Count, migrator.Current(id).Version);
        }
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void The_plugin_templates_migrations_apply_on_each_engine(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        var migrations = Migration.FromDirectory(Path.Combine(OpsTestStore.RepoRoot, "templates", "ops-plugin", "src", "Acme.Reports", "migrations"), store.Engine);
        new Migrator(store, TimeProvider.System).Apply("acme-reports", "1.0.0", migrations);
        Assert.Equal(migrations.Count, new Migrator(store, TimeProvider.System).Current("acme-reports").Version);
    }
}
