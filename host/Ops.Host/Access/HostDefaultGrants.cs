using System.Globalization;
using Ops.Sdk.Store;

namespace Ops.Host.Access;

/// <summary>Seeds the host's default grants into a store once each, including those a later host version adds to a
/// store made by an earlier one, and never again one an admin revoked. Each default seeded is recorded in
/// <c>ops_store_settings</c> as <c>seeded:&lt;subject&gt; &lt;permission&gt;</c> with the time, so a revoked one stays revoked.</summary>
internal static class HostDefaultGrants
{
    private const string Prefix = "seeded:";
    private const string Recorded = "host_defaults_recorded";

    /// <summary>The host migration that came with each permission added after 1.0 (the others came with 0001).</summary>
    private static readonly Dictionary<string, int> IntroducedWith = new(StringComparer.Ordinal)
    {
        [HostPermissions.RiskView] = 3,
        [HostPermissions.CalendarManage] = 6,
    };

    /// <summary>Grants every host default not yet seeded into this store and records it; returns what it granted now.
    /// A store made before this record existed is first credited with the defaults its own init seeded.</summary>
    public static IReadOnlyList<string> SeedMissing(IStore store, DateTimeOffset now)
    {
        var seeded = store.Query("SELECT key FROM ops_store_settings WHERE key LIKE 'seeded:%'", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        var recorded = store.Scalar<long>("SELECT count(*) FROM ops_store_settings WHERE key = $Key", new { Key = Recorded }) > 0;
        var roles = store.Query("SELECT name FROM ops_roles", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        var atInit = recorded ? null : SeededAtInit(store);
        var granted = new List<(string Subject, string Permission, string Scope)>();
        var record = new List<string>();
        foreach (var (id, _, pairs) in HostPermissions.All)
            foreach (var (role, scope) in pairs)
            {
                var key = $"{Prefix}role:{role} {id}";
                if (seeded.Contains(key) || !roles.Contains(role)) continue;
                record.Add(key);
                if (atInit?.Invoke(id) != true) granted.Add(("role:" + role, id, scope));
            }
        if (recorded && record.Count == 0) return [];   // nothing to write: no transaction (a read-only store still reads)
        var at = now.ToString("O", CultureInfo.InvariantCulture);
        store.Write(() =>
        {
            foreach (var (subject, permission, scope) in granted)
                store.Execute("INSERT INTO ops_grants (subject, permission, scope) VALUES ($Subject, $Permission, $Scope) ON CONFLICT DO NOTHING",
                    new { Subject = subject, Permission = permission, Scope = scope });
            foreach (var key in record.Append(recorded ? null : Recorded).OfType<string>())
                store.Execute("INSERT INTO ops_store_settings (key, value) VALUES ($Key, $At)", new { Key = key, At = at });
        });
        return [.. granted.Select(g => $"{g.Subject} {g.Permission} {g.Scope}")];
    }

    /// <summary>For a store initialised before seeding was recorded: whether init seeded a permission's defaults, that is
    /// whether the host migration that came with it was applied before the store's first audit event (its init).</summary>
    private static Func<string, bool>? SeededAtInit(IStore store)
    {
        var init = store.Query("SELECT at FROM ops_audit ORDER BY id LIMIT 1", r => r.GetString(0)).FirstOrDefault();
        if (init is null) return null;   // a store being created: init seeds everything now
        var initAt = DateTimeOffset.Parse(init, CultureInfo.InvariantCulture);
        var applied = store.Query("SELECT version, applied_at FROM ops_migrations WHERE plugin = 'ops'",
            r => (Version: r.GetInt32(0), At: DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture))).ToDictionary(m => m.Version, m => m.At);
        return id => applied.TryGetValue(IntroducedWith.GetValueOrDefault(id, 1), out var at) && at <= initAt;
    }
}
