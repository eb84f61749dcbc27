using NuGet.Versioning;

namespace Ops.Host.Catalog;

/// <summary>
/// Every plugin found under the plugin roots, with its state. Built from manifests alone: no plugin
/// assembly is loaded here, so listing and help cost the same however many plugins are installed.
/// </summary>
internal sealed class PluginCatalog
{
    private readonly Dictionary<string, PluginEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PluginEntry> _byCommand = new(StringComparer.Ordinal);

    public IReadOnlyList<PluginEntry> Entries { get; }

    private readonly IReadOnlySet<string>? _enabled;

    private PluginCatalog(List<PluginEntry> entries, IReadOnlySet<string>? enabled)
    {
        Entries = entries;
        _enabled = enabled;
        foreach (var e in entries) _byId.TryAdd(e.Id, e);
    }

    /// <summary>Discovers plugins and evaluates their state against the SDK version and the store's
    /// enabled set (null when there is no store yet: every sound plugin then counts as enabled).</summary>
    public static PluginCatalog Discover(IEnumerable<string> roots, NuGetVersion sdkVersion, IReadOnlySet<string>? enabled,
        Func<PluginEntry, string?>? tamperCheck = null)
    {
        var entries = new List<PluginEntry>();
        foreach (var root in roots)
            foreach (var dir in PluginFolders(root))
                if (File.Exists(Path.Combine(dir, ManifestReader.FileName)))
                    entries.Add(ManifestReader.Read(dir));

        var catalog = new PluginCatalog(entries, enabled);
        catalog.Evaluate(sdkVersion, enabled, tamperCheck);
        return catalog;
    }

    /// <summary>What discovery would read, as stamps that change when it would find otherwise: the SDK version, each
    /// root, each folder in it (a file added, removed or renamed there moves the folder's stamp) and its manifest
    /// (<see cref="Config.FileOwner.Stat"/>: device, inode, size, mtime and ctime, which no user can set). Null off
    /// Linux, where there are no such stamps.</summary>
    public static List<string>? FolderStamps(IEnumerable<string> roots, NuGetVersion sdkVersion)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var stamps = new List<string> { "sdk " + sdkVersion };
        foreach (var root in roots)
        {
            stamps.Add("root " + Path.GetFullPath(root) + (Directory.Exists(root) ? "" : " (none)"));
            foreach (var dir in PluginFolders(root))
            {
                stamps.Add("dir " + dir + " " + Stamp(dir));
                var manifest = Path.Combine(dir, ManifestReader.FileName);
                stamps.Add("manifest " + manifest + " " + Stamp(manifest));
            }
        }
        return stamps;
    }

    private static string Stamp(string path) => Config.FileOwner.Stat(path)?.Key ?? "none";

    /// <summary>The folders of a plugin root, in the order discovery reads them (none when the root is missing).</summary>
    private static List<string> PluginFolders(string root)
    {
        if (!Directory.Exists(root)) return [];
        var dirs = new List<string>(Directory.EnumerateDirectories(root));
        dirs.Sort(StringComparer.Ordinal);
        return dirs;
    }

    public PluginEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>True when the firm has plugin <paramref name="id"/> on (the store's enabled set), whatever its files say.</summary>
    public bool EnabledByFirm(string id) => _enabled is null || _enabled.Contains(id);

    /// <summary>The plugin contributing a top-level command, whatever its state.</summary>
    public PluginEntry? ForCommand(string command) =>
        _byCommand.GetValueOrDefault(command)
        ?? Entries.FirstOrDefault(e => e.Manifest.Commands.Any(c => c.Name == command));

    public IEnumerable<PluginEntry> Usable => Entries.Where(e => e.IsUsable);

    private void Evaluate(NuGetVersion sdkVersion, IReadOnlySet<string>? enabled, Func<PluginEntry, string?>? tamperCheck)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Entries)
        {
            if (e.State == PluginState.Malformed) continue;
            if (!seen.Add(e.Id)) { Set(e, PluginState.Conflict, $"another plugin with id '{e.Id}' was found first, in {Find(e.Id)!.Directory}"); continue; }
            if (!VersionRange.Parse(e.Manifest.Sdk).Satisfies(sdkVersion))
            { Set(e, PluginState.Incompatible, $"built for SDK {e.Manifest.Sdk}; this host has SDK {sdkVersion}"); continue; }
            if (tamperCheck?.Invoke(e) is { } tampered) { Set(e, PluginState.Tampered, tampered); continue; }
            Set(e, PluginState.Enabled, "");
        }
        // A missing dependency is reported as such whether or not the firm enabled the plugin; a plugin
        // whose dependency becomes unusable becomes unusable itself, hence the loop.
        bool changed;
        do
        {
            changed = false;
            foreach (var e in Entries.Where(e => e.IsUsable))
                if (DependencyProblem(e) is { } problem) { Set(e, PluginState.MissingDependency, problem); changed = true; }
        } while (changed);

        foreach (var e in Entries.Where(e => e.IsUsable && enabled is not null && !enabled.Contains(e.Id)))
            Set(e, PluginState.Disabled, $"disabled for this firm; enable with: ops plugins enable {e.Id}");
        foreach (var e in Entries.Where(e => e.IsUsable))
            if (e.Manifest.Dependencies.Where(d => !d.Optional).Select(d => Find(d.Id)!).FirstOrDefault(d => !d.IsUsable) is { } off)
                Set(e, PluginState.MissingDependency, $"needs plugin '{off.Id}', which is {off.State.Text()}");

        foreach (var e in Entries.Where(e => e.IsUsable))
            foreach (var c in e.Manifest.Commands)
                if (!_byCommand.TryAdd(c.Name, e))
                    Set(e, PluginState.Conflict, $"command '{c.Name}' is already provided by plugin '{_byCommand[c.Name].Id}'");
        var views = new Dictionary<string, PluginEntry>(StringComparer.Ordinal);
        foreach (var e in Entries.Where(e => e.IsUsable))
            foreach (var v in e.Manifest.Views)
                if (!views.TryAdd(v.Name, e))
                    Set(e, PluginState.Conflict, $"view '{v.Name}' is already published by plugin '{views[v.Name].Id}'");
    }

    private string? DependencyProblem(PluginEntry e)
    {
        foreach (var d in e.Manifest.Dependencies.Where(d => !d.Optional))
        {
            var dep = Find(d.Id);
            if (dep is null) return $"needs plugin '{d.Id}' {d.Version}, which is not installed";
            if (dep.Version is null || !VersionRange.Parse(d.Version).Satisfies(dep.Version))
                return $"needs plugin '{d.Id}' {d.Version}, but {dep.Manifest.Version} is installed";
            if (!dep.IsUsable) return $"needs plugin '{d.Id}', which is {dep.State.Text()}";
        }
        return null;
    }

    private static void Set(PluginEntry e, PluginState state, string reason)
    {
        e.State = state;
        e.Reason = reason;
    }
}
