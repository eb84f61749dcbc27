using Ops.Host.Store;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Store;

namespace Ops.Host.Catalog;

/// <summary>
/// The one place that changes a plugin's state for the firm: enable, disable, and the records of install,
/// upgrade and remove. A change runs in one store transaction; afterwards the catalog is read again and the
/// start-up cache of the enabled set (<see cref="EnabledSetCache"/>) is rewritten from the store.
/// </summary>
internal sealed class PluginStates(OpsSession s)
{
    private IStore? _changing;

    /// <summary>Runs <paramref name="change"/> (which calls <see cref="Enable"/>, <see cref="Disable"/> and records its
    /// audit event) in one transaction, then refreshes what was read from the old state.</summary>
    public void Change(Action change) => Change(s.Store, change);

    /// <summary>The same, on a store that is not yet the session's (<c>ops init</c> creating it).</summary>
    public void Change(IStore store, Action change)
    {
        _changing = store;
        try { store.Write(change); }
        finally { _changing = null; }
        Changed();
    }

    /// <summary>After the store itself was replaced (<c>ops db restore</c>): its enabled set is another one.</summary>
    public void Changed()
    {
        s.RefreshCatalog();
        EnabledSetCache.Write(s.DbPath, ReadEnabled(s.Store));
    }

    /// <summary>Enables the plugin; the first time in this store its declared default grants are added.</summary>
    public void Enable(PluginEntry entry)
    {
        var store = Changing();
        var seeded = store.Scalar<long?>("SELECT defaults_seeded FROM ops_plugins WHERE id = $Id", new { entry.Id }) == 1;
        store.Execute("""
            INSERT INTO ops_plugins (id, enabled, defaults_seeded, changed_at) VALUES ($Id, 1, 1, $Now)
            ON CONFLICT (id) DO UPDATE SET enabled = 1, defaults_seeded = 1, changed_at = excluded.changed_at
            """, new { entry.Id, Now = s.Env.Clock.GetUtcNow() });
        if (!seeded) Grants.SeedDefaults(store, entry);
    }

    public void Disable(string id) =>
        Changing().Execute("""
            INSERT INTO ops_plugins (id, enabled, changed_at) VALUES ($Id, 0, $Now)
            ON CONFLICT (id) DO UPDATE SET enabled = 0, changed_at = excluded.changed_at
            """, new { Id = id, Now = s.Env.Clock.GetUtcNow() });

    /// <summary>The enabled set as the store holds it, or null before the host schema has the table.</summary>
    public static HashSet<string>? ReadEnabled(IHostStore store) =>
        !store.HasTable("ops_plugins") ? null
            : store.Query("SELECT id FROM ops_plugins WHERE enabled = 1", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    private IStore Changing() => _changing ?? throw new InvalidOperationException("a plugin's state changes only inside PluginStates.Change");
}
