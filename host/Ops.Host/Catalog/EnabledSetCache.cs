namespace Ops.Host.Catalog;

/// <summary>
/// The firm's enabled plugins, cached beside the store (<c>STORE.enabled</c>) so that <c>ops --help</c> can leave out
/// disabled plugins' commands without opening the store. Only <see cref="PluginStates"/> writes it, after each change.
/// It is used for the top-level help alone: every command that runs reads the enabled set from the store. A cache
/// that cannot be trusted (another owner than the store's, writable by others, for another store, unreadable) is
/// ignored and the store is read instead.
/// </summary>
internal static class EnabledSetCache
{
    private const string Header = "ops enabled-set v1";

    public static string PathFor(string dbPath) => dbPath + ".enabled";

    /// <summary>The cached set, or null when there is none to trust.</summary>
    public static HashSet<string>? Read(string dbPath)
    {
        if (!StoreSideCache.IsKeptFor(dbPath)) return null;
        var path = PathFor(dbPath);
        try
        {
            if (!File.Exists(path) || !StoreSideCache.Trusted(path, dbPath)) return null;
            var lines = File.ReadAllLines(path);
            if (lines.Length < 2 || lines[0] != Header || lines[1] != "store " + Path.GetFullPath(dbPath)) return null;
            return lines.Skip(2).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Replaces the cache (temp file and rename, mode 0600); with no set known, removes it.</summary>
    public static void Write(string dbPath, IReadOnlySet<string>? enabled)
    {
        if (!StoreSideCache.IsKeptFor(dbPath)) return;
        var path = PathFor(dbPath);
        try
        {
            if (enabled is null) { File.Delete(path); return; }
            StoreSideCache.Replace(path, string.Join('\n', new[] { Header, "store " + Path.GetFullPath(dbPath) }.Concat(enabled.Order(StringComparer.Ordinal))) + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves help a store read; without it help reads the store.
            try { File.Delete(path); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { /* help then reads a stale set; rare and only names */ }
        }
    }
}
