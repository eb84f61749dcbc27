using Ops.Host.App;

namespace Ops.Host.Store;

/// <summary>Where the store is: <c>--db PATH</c>, else <c>OPS_DB</c>, else
/// <c>$XDG_DATA_HOME/ops/ops.db</c> (by default <c>~/.local/share/ops/ops.db</c>).
/// A PostgreSQL setting (<c>postgres://…</c>, see <see cref="Postgres.PostgresTarget"/>) is taken as it is.</summary>
internal static class StoreLocator
{
    public static string Resolve(string? dbOption, HostEnvironment env)
    {
        if (!string.IsNullOrEmpty(dbOption)) return FullPath(dbOption);
        if (env.Get("OPS_DB") is { } fromEnv) return FullPath(fromEnv);
        return Path.Combine(DataHome(env), "ops", "ops.db");
    }

    /// <summary>Where a store without a configuration keeps installed plugins: beside its file, or for a
    /// PostgreSQL store under <c>$XDG_DATA_HOME/ops/plugins</c>.</summary>
    public static string PluginsFor(string store, HostEnvironment env) =>
        StoreFactory.EngineOf(store) == StoreEngine.Postgres
            ? Path.Combine(DataHome(env), "ops", "plugins")
            : Path.Combine(Path.GetDirectoryName(store)!, "plugins");

    private static string FullPath(string setting) =>
        StoreFactory.EngineOf(setting) == StoreEngine.Postgres ? setting : Path.GetFullPath(setting);

    private static string DataHome(HostEnvironment env) =>
        env.Get("XDG_DATA_HOME")
        ?? Path.Combine(env.Get("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
}
