using Ops.Host.Config;

namespace Ops.Host.Catalog;

/// <summary>What the caches the top-level help reads beside the store (<see cref="EnabledSetCache"/>,
/// <see cref="HelpCache"/>) have in common: where they are kept, when one is trusted, how one is replaced.</summary>
internal static class StoreSideCache
{
    /// <summary>Only a store file has a folder to keep a cache beside; a PostgreSQL store's help reads the server and
    /// the manifests.</summary>
    public static bool IsKeptFor(string dbPath) => Store.StoreFactory.EngineOf(dbPath) == Store.StoreEngine.Sqlite;

    /// <summary>A cache is trusted when it is the store owner's and nobody else may write it.</summary>
    public static bool Trusted(string path, string dbPath)
    {
        if (OperatingSystem.IsWindows()) return true;
        if ((File.GetUnixFileMode(path) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0) return false;
        return FileOwner.UidOf(path) is { } owner && owner == FileOwner.UidOf(dbPath);
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/>: written to a new temporary file (mode
    /// 0600) beside it, then renamed over it. On an I/O failure the temporary file is removed and the error thrown.</summary>
    public static void Replace(string path, string text)
    {
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temp, options))
            using (var writer = new StreamWriter(stream)) writer.Write(text);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { /* a stray temp file, never read */ }
            throw;
        }
    }
}
