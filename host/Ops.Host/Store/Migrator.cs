using System.Globalization;
using Ops.Sdk.Errors;

namespace Ops.Host.Store;

/// <summary>Applies the migrations of the host and each plugin once, in order, recording them in
/// <c>ops_migrations</c>, and refuses a store whose schema is newer than the code.</summary>
internal sealed class Migrator(IHostStore store, TimeProvider clock)
{
    public const string HostId = "ops";

    /// <summary>The highest migration recorded for <paramref name="owner"/>, with the version that applied it.</summary>
    public (int Version, string AppliedBy) Current(string owner)
    {
        if (!HasMigrationTable()) return (0, "");
        var row = store.Query(
            "SELECT version, plugin_version FROM ops_migrations WHERE plugin = $Owner ORDER BY version DESC LIMIT 1",
            r => new Applied((int)r.GetInt64(0), r.GetString(1)), new { Owner = owner }).FirstOrDefault();
        return row is null ? (0, "") : (row.Version, row.AppliedBy);
    }

    /// <summary>A class, not a tuple: every command checks the migrations (docs/architecture.md, step 2).</summary>
    private sealed record Applied(int Version, string AppliedBy);

    /// <summary>Applies what is pending. Returns the migrations applied (empty when up to date).</summary>
    /// <remarks>A plugin's migrations run as that plugin (<paramref name="principal"/>): they too may touch
    /// only its own objects and read what it is given.</remarks>
    public IReadOnlyList<Migration> Apply(string owner, string ownerVersion, IReadOnlyList<Migration> migrations,
        PluginSqlPolicy? principal = null)
    {
        var (current, appliedBy) = Current(owner);
        EnsureNotNewer(owner, ownerVersion, migrations.Count, current, appliedBy);
        var pending = migrations.Where(m => m.Version > current).ToList();
        if (pending.Count == 0) return pending;
        store.Write(() =>
        {
            foreach (var m in pending)
            {
                try { store.Migrate(principal, m.Sql); }
                catch (Microsoft.Data.Sqlite.SqliteException e) when (SqliteStore.Refusal(e) is { } refusal)
                {
                    throw new OpsException(refusal.ExitCode,
                        $"migration {m.Version:D4}_{m.Name} of '{owner}' was refused: {refusal.Message}; the store is unchanged", refusal.Hint);
                }
                catch (AccessDeniedException refusal)   // PostgreSQL: the plugin's role was refused
                {
                    throw new OpsException(refusal.ExitCode,
                        $"migration {m.Version:D4}_{m.Name} of '{owner}' was refused: {refusal.Message}; the store is unchanged", refusal.Hint);
                }
                catch (Exception e) when (e is System.Data.Common.DbException)
                {
                    throw new OpsException(ExitCodes.Internal,
                        $"migration {m.Version:D4}_{m.Name} of '{owner}' failed: {e.Message}; the store is unchanged");
                }
                store.Execute(
                    "INSERT INTO ops_migrations (plugin, version, name, plugin_version, applied_at) VALUES ($Owner, $Version, $Name, $By, $At)",
                    new { Owner = owner, m.Version, m.Name, By = ownerVersion, At = clock.GetUtcNow() });
            }
        });
        return pending;
    }

    /// <summary>Refuses to work on a store migrated further than this code knows.</summary>
    public static void EnsureNotNewer(string owner, string ownerVersion, int known, int current, string appliedBy)
    {
        if (current <= known) return;
        var who = owner == HostId ? "ops" : $"plugin '{owner}'";
        throw new UnavailableException(
            $"the store's schema for {who} is at migration {current} (applied by version {appliedBy}), " +
            $"but this {who} {ownerVersion} knows only {known.ToString(CultureInfo.InvariantCulture)}",
            $"upgrade {who} to {appliedBy} or later, or restore a backup taken before the upgrade");
    }

    private bool HasMigrationTable() => store.HasTable("ops_migrations");
}
