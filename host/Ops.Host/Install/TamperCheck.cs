using Ops.Host.Catalog;
using Ops.Sdk.Store;

namespace Ops.Host.Install;

/// <summary>Compares a plugin's files with their pins: for a plugin shipped beside <c>ops</c> (under
/// <paramref name="bundledRoot"/>) the hashes the host build embedded in ops.dll, for an installed one the hashes
/// recorded when it was installed. An installed plugin with no install record (a developer's plugin path) passes.
/// Bundled files unchanged since the last check are not read again (<see cref="HashCache"/>, kept in the plugins folder
/// or beside <paramref name="storePath"/>) unless <paramref name="rehashAll"/> (<c>plugins verify</c>, <c>doctor</c>).</summary>
internal sealed class TamperCheck(Func<IStore?> store, string bundledRoot, string? storePath, bool rehashAll)
{
    private readonly Lazy<HashCache?> _cache = new(() => rehashAll ? null : HashCache.Open(bundledRoot, storePath));

    public string? Check(PluginEntry entry)
    {
        if (IsBundled(entry)) return CheckBundled(entry);
        var s = store();
        if (s is null) return null;
        var recorded = s.Query("SELECT path, sha256 FROM ops_plugin_files WHERE plugin = $Id", r => (r.GetString(0), r.GetString(1)),
            new { entry.Id }).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        if (recorded.Count == 0) return null;
        var difference = FileHashes.Difference(recorded, FileHashes.Of(entry.Directory));
        return difference is null ? null
            : $"files differ from what was installed ({difference}); it will not be loaded until reinstalled: ops plugins upgrade {entry.Id} --from PATH";
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
