using Ops.Host.Catalog;
using Ops.Sdk.Store;

namespace Ops.Host.Install;

/// <summary>Compares a plugin's files with their pins: for a plugin shipped beside <c>ops</c> (under
/// <paramref name="bundledRoot"/>) the hashes the host build embedded in ops.dll, for an installed one the hashes
/// recorded when it was installed. An installed plugin with no install record (a developer's plugin path) passes.
/// Files unchanged since the last check are not read again (<see cref="HashCache"/>: for bundled plugins kept in the
/// plugins folder or beside <paramref name="storePath"/>, for installed ones in their folder when it is the running
/// user's) unless <paramref name="rehashAll"/> (<c>plugins verify</c>, <c>doctor</c>). An installed plugin's folder is
/// its owner's to write, like the store that holds its pins, so a cache there trusts no one the pins do not.</summary>
internal sealed class TamperCheck(Func<IStore?> store, string bundledRoot, string? storePath, bool rehashAll)
{
    private readonly Lazy<HashCache?> _cache = new(() => rehashAll ? null : HashCache.Open(bundledRoot, storePath));
    private readonly Dictionary<string, HashCache?> _installedCaches = new(StringComparer.Ordinal);

    public string? Check(PluginEntry entry)
    {
        if (IsBundled(entry)) return CheckBundled(entry);
        var s = store();
        if (s is null) return null;
        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pin in s.Query("SELECT path, sha256 FROM ops_plugin_files WHERE plugin = $Id", r => new FilePin(r.GetString(0), r.GetString(1)), new { entry.Id }))
            recorded[pin.Path] = pin.Sha;
        if (recorded.Count == 0) return null;
        var difference = FileHashes.Difference(recorded, FileHashes.Of(entry.Directory, InstalledCache(entry)));
        return difference is null ? null
            : $"files differ from what was installed ({difference}); it will not be loaded until reinstalled: ops plugins upgrade {entry.Id} --from PATH";
    }

    /// <summary>Why the manifests cannot be trusted to say which prerequisites the plugins the firm enabled impose, or
    /// null. Discovery reads <c>plugin.json</c> unchecked (help must stay cheap), and a manifest edited to drop a
    /// prerequisite (docs' signed NDA, for <c>clients.contacts</c>), to take another id or to stop parsing would take
    /// its plugin out of the decision before its pins were ever checked. So every pinned manifest of an enabled plugin
    /// (a bundled folder's, when <paramref name="bundledIncluded"/>, and each installed one's under
    /// <paramref name="installedRoot"/>; the folder is named by the id) must be there and as pinned.</summary>
    public ManifestDistrust? ManifestProblem(bool bundledIncluded, string installedRoot, Func<string, bool> enabledByFirm)
    {
        var pinned = new List<PinnedManifest>();
        if (bundledIncluded)
            foreach (var folder in BundledPins.Folders)
                if (BundledPins.For(folder)!.TryGetValue(ManifestReader.FileName, out var sha))
                    pinned.Add(new PinnedManifest(Path.Combine(bundledRoot, folder), sha, _cache.Value, Bundled: true));
        if (store() is { } s)
            pinned.AddRange(s.Query("SELECT plugin, sha256 FROM ops_plugin_files WHERE path = $Path",
                r => new PinnedManifest(Path.Combine(installedRoot, r.GetString(0)), r.GetString(1), InstalledCache(installedRoot), Bundled: false),
                new { Path = ManifestReader.FileName }));
        foreach (var pin in pinned)
        {
            var id = Path.GetFileName(pin.Folder);
            if (!enabledByFirm(id)) continue;
            var manifest = Path.Combine(pin.Folder, ManifestReader.FileName);
            var fix = pin.Bundled ? "restore it by reinstalling Ops (in a source tree: dotnet build host/Ops.Host)" : $"restore it: ops plugins upgrade {id} --from PATH";
            if (!File.Exists(manifest)) return new ManifestDistrust(id, $"{manifest} is gone", fix);
            if (FileHashes.OfFile(manifest, pin.Cache) != pin.Sha) return new ManifestDistrust(id, $"{manifest} is not the file pinned", fix);
        }
        return null;
    }

    /// <summary>Classes, not tuples: these checks run before every plugin command (docs/architecture.md, step 2).</summary>
    private sealed record PinnedManifest(string Folder, string Sha, HashCache? Cache, bool Bundled);

    private sealed record FilePin(string Path, string Sha);

    private HashCache? InstalledCache(PluginEntry entry) =>
        InstalledCache(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(entry.Directory))!);

    private HashCache? InstalledCache(string root)
    {
        if (rehashAll) return null;
        root = Path.GetFullPath(Path.TrimEndingDirectorySeparator(root));
        if (!_installedCaches.TryGetValue(root, out var cache)) _installedCaches[root] = cache = HashCache.Open(root, storePath: null);
        return cache;
    }

    private bool IsBundled(PluginEntry entry) =>
        string.Equals(Path.GetFullPath(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(entry.Directory))!),
            Path.GetFullPath(Path.TrimEndingDirectorySeparator(bundledRoot)), StringComparison.Ordinal);

    private string? CheckBundled(PluginEntry entry)
    {
        const string fix = "it will not be loaded; reinstall ops (in a source tree, rebuild the host: dotnet build host/Ops.Host)";
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(entry.Directory));
        if (BundledPins.For(folder) is not { } pinned)
            return $"it lies beside ops but this host was not built with it, so nothing pins its files; {fix}, or install it: ops plugins install PATH";
        var difference = FileHashes.Difference(pinned, FileHashes.Of(entry.Directory, _cache.Value));
        return difference is null ? null : $"files differ from the pins recorded when ops was built ({difference}); {fix}";
    }
}
