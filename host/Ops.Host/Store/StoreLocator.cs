using Ops.Host.App;

namespace Ops.Host.Store;

/// <summary>Where the store is: <c>--db PATH</c>, else <c>OPS_DB</c>, else
/// <c>$XDG_DATA_HOME/ops/ops.db</c> (by default <c>~/.local/share/ops/ops.db</c>).</summary>
internal static class StoreLocator
{
    public static string Resolve(string? dbOption, HostEnvironment env)
    {
        if (!string.IsNullOrEmpty(dbOption)) return Path.GetFullPath(dbOption);
        if (env.Get("OPS_DB") is { } fromEnv) return Path.GetFullPath(fromEnv);
        var dataHome = env.Get("XDG_DATA_HOME")
                       ?? Path.Combine(env.Get("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "ops", "ops.db");
    }
}
