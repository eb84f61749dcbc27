using Ops.Host.App;
using Ops.Host.Config;

namespace Ops.Host.Catalog;

/// <summary>
/// The usable plugins' top-level commands as the last top-level help read them from the manifests, cached beside the
/// store (<c>STORE.help</c>) so that the next <c>ops --help</c> reads no manifest. They are used while they were read
/// for the enabled set the start-up cache holds now (<see cref="EnabledSetCache"/>) and the plugin folders and manifests
/// are as they were (<see cref="PluginCatalog.FolderStamps"/>); otherwise help reads the manifests and writes this again,
/// when the user running it owns the store. It never changes what the enabled-set cache says, so a help that raced an
/// <c>ops plugins enable</c> leaves commands for the old set, which the next help does not use. A cache that cannot be
/// trusted (another owner than the store's, writable by others, for another store, unreadable) is ignored.
/// </summary>
internal sealed class HelpCache
{
    private const string Header = "ops help v1";
    private readonly HashSet<string> _enabled;
    private readonly List<string> _folders;
    private readonly List<ManifestCommand> _commands;

    private HelpCache(HashSet<string> enabled, List<string> folders, List<ManifestCommand> commands)
    {
        _enabled = enabled;
        _folders = folders;
        _commands = commands;
    }

    public static string PathFor(string dbPath) => dbPath + ".help";

    /// <summary>The cached commands when they were read for <paramref name="enabled"/> and the plugin folders as
    /// <paramref name="folderStamps"/> stamp them now, else null.</summary>
    public List<ManifestCommand>? CommandsFor(IReadOnlySet<string> enabled, List<string> folderStamps)
    {
        if (!_enabled.SetEquals(enabled) || _folders.Count == 0 || _folders.Count != folderStamps.Count) return null;
        for (var i = 0; i < _folders.Count; i++)
            if (!string.Equals(_folders[i], folderStamps[i], StringComparison.Ordinal)) return null;
        return _commands;
    }

    /// <summary>The cache, or null when there is none to trust.</summary>
    public static HelpCache? Read(string dbPath)
    {
        if (!StoreSideCache.IsKeptFor(dbPath) || !OperatingSystem.IsLinux()) return null;
        var path = PathFor(dbPath);
        try
        {
            if (!File.Exists(path) || !StoreSideCache.Trusted(path, dbPath)) return null;
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
            return new HelpCache(enabled, folders, commands);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Replaces the cache (temp file and rename, mode 0600) when the user running this owns the store: another's
    /// file would not be trusted, and would replace a trusted one.</summary>
    public static void Write(string dbPath, IReadOnlySet<string> enabled, List<string> folderStamps, List<ManifestCommand> commands)
    {
        if (!StoreSideCache.IsKeptFor(dbPath) || !OperatingSystem.IsLinux() || FileOwner.UidOf(dbPath) != (int)Posix.getuid()) return;
        foreach (var c in commands)   // one line each, or nothing cached: a folder named with a line break stays a folder
            if (!OneLine(c.Help) || !OneLine(c.Name) || c.Name.Contains('\t')) return;
        foreach (var stamp in folderStamps)
            if (!OneLine(stamp)) return;
        var text = new System.Text.StringBuilder().Append(Header).Append('\n').Append("store ").Append(Path.GetFullPath(dbPath)).Append('\n');
        foreach (var id in enabled.Order(StringComparer.Ordinal)) text.Append("enabled ").Append(id).Append('\n');
        foreach (var stamp in folderStamps) text.Append("folder ").Append(stamp).Append('\n');
        foreach (var c in commands) text.Append("command ").Append(c.Name).Append('\t').Append(c.Help).Append('\n');
        try { StoreSideCache.Replace(PathFor(dbPath), text.ToString()); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* help then reads the manifests, as without the cache */ }
    }

    private static bool OneLine(string text) => !text.Contains('\n') && !text.Contains('\r');
}
