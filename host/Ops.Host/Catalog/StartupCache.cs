using Ops.Host.App;
using Ops.Host.Config;

namespace Ops.Host.Catalog;

/// <summary>
/// What the top-level help needs, cached beside the store (<c>STORE.enabled</c>) so that <c>ops --help</c> opens no
/// store and reads no manifest: the firm's enabled plugins, and the top-level commands the usable ones add, with the
/// stamps of the plugin folders and manifests they were read from (<see cref="PluginCatalog.FolderStamps"/>). It is
/// used for the top-level help alone: every command that runs reads the enabled set from the store and the manifests
/// from their files.
/// <list type="bullet">
/// <item>The enabled set is written by <see cref="PluginStates"/> after each change, without commands (they follow
/// from it).</item>
/// <item>The commands are written by a top-level help that had to read the manifests — none were cached, or a plugin
/// folder or manifest changed since — when the user running it owns the store.</item>
/// </list>
/// A cache that cannot be trusted (another owner than the store's, writable by others, for another store, unreadable)
/// is ignored and the store is read instead.
/// </summary>
internal sealed class StartupCache
{
    private const string Header = "ops start-up cache v2";
    private readonly List<string> _folders;
    private readonly List<ManifestCommand> _commands;

    private StartupCache(HashSet<string> enabled, List<string> folders, List<ManifestCommand> commands)
    {
        Enabled = enabled;
        _folders = folders;
        _commands = commands;
    }

    public HashSet<string> Enabled { get; }

    public static string PathFor(string dbPath) => dbPath + ".enabled";

    /// <summary>The cached commands when the plugin folders are as they were when they were cached, else null.</summary>
    public List<ManifestCommand>? CommandsFor(List<string> folderStamps)
    {
        if (_folders.Count == 0 || _folders.Count != folderStamps.Count) return null;
        for (var i = 0; i < _folders.Count; i++)
            if (!string.Equals(_folders[i], folderStamps[i], StringComparison.Ordinal)) return null;
        return _commands;
    }

    /// <summary>The cache, or null when there is none to trust.</summary>
    public static StartupCache? Read(string dbPath)
    {
        if (!IsKeptFor(dbPath)) return null;
        var path = PathFor(dbPath);
        try
        {
            if (!File.Exists(path) || !Trusted(path, dbPath)) return null;
            var lines = File.ReadAllLines(path);
            if (lines.Length < 2 || lines[0] != Header || lines[1] != "store " + Path.GetFullPath(dbPath)) return null;
            var enabled = new HashSet<string>(StringComparer.Ordinal);
            var folders = new List<string>();
            var commands = new List<ManifestCommand>();
            for (var i = 2; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.StartsWith("enabled ", StringComparison.Ordinal)) enabled.Add(line["enabled ".Length..]);
                else if (line.StartsWith("folder ", StringComparison.Ordinal)) folders.Add(line["folder ".Length..]);
                else if (line.StartsWith("command ", StringComparison.Ordinal) && line.IndexOf('\t') is var tab and > 0)
                    commands.Add(new ManifestCommand { Name = line["command ".Length..tab], Help = line[(tab + 1)..] });
                else if (line.Length > 0) return null;
            }
            return new StartupCache(enabled, folders, commands);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Replaces the cache with the enabled set alone; with no set known, removes it.</summary>
    public static void Write(string dbPath, IReadOnlySet<string>? enabled) => Write(dbPath, enabled, [], []);

    /// <summary>Replaces the cache with the enabled set and the commands the top-level help read with it, when the user
    /// running this owns the store (another's file would not be trusted, and would replace a trusted one).</summary>
    public static void WriteWithCommands(string dbPath, IReadOnlySet<string> enabled, List<string> folderStamps, List<ManifestCommand> commands)
    {
        if (!OperatingSystem.IsLinux() || FileOwner.UidOf(dbPath) != (int)Posix.getuid()) return;
        foreach (var c in commands)   // one line each, or nothing cached: a folder named with a line break stays a folder
            if (!OneLine(c.Help) || !OneLine(c.Name) || c.Name.Contains('\t')) return;
        foreach (var stamp in folderStamps)
            if (!OneLine(stamp)) return;
        Write(dbPath, enabled, folderStamps, commands);
    }

    private static bool OneLine(string text) => !text.Contains('\n') && !text.Contains('\r');

    /// <summary>Temp file and rename, mode 0600.</summary>
    private static void Write(string dbPath, IReadOnlySet<string>? enabled, List<string> folderStamps, List<ManifestCommand> commands)
    {
        if (!IsKeptFor(dbPath)) return;
        var path = PathFor(dbPath);
        try
        {
            if (enabled is null) { File.Delete(path); return; }
            var text = new System.Text.StringBuilder().Append(Header).Append('\n').Append("store ").Append(Path.GetFullPath(dbPath)).Append('\n');
            foreach (var id in enabled.Order(StringComparer.Ordinal)) text.Append("enabled ").Append(id).Append('\n');
            foreach (var stamp in folderStamps) text.Append("folder ").Append(stamp).Append('\n');
            foreach (var c in commands) text.Append("command ").Append(c.Name).Append('\t').Append(c.Help).Append('\n');
            var temp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temp, options))
            using (var writer = new StreamWriter(stream)) writer.Write(text.ToString());
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves help a store read; without it help reads the store.
            try { File.Delete(path); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { /* help then reads a stale set; rare and only names */ }
        }
    }

    /// <summary>Only a store file has a folder to keep the cache beside; a PostgreSQL store's help reads the server.</summary>
    public static bool IsKeptFor(string dbPath) => Store.StoreFactory.EngineOf(dbPath) == Store.StoreEngine.Sqlite;

    private static bool Trusted(string path, string dbPath)
    {
        if (OperatingSystem.IsWindows()) return true;
        if ((File.GetUnixFileMode(path) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0) return false;
        return FileOwner.UidOf(path) is { } owner && owner == FileOwner.UidOf(dbPath);
    }
}
