using Ops.Host.Catalog;
using Ops.Sdk.Store;

namespace Ops.Host.Install;

/// <summary>Compares an installed plugin's files with the hashes recorded when it was installed.
/// Plugins shipped with the host (not installed through <c>ops plugins install</c>) have no record and pass.</summary>
internal sealed class TamperCheck(Func<IStore?> store)
{
    public string? Check(PluginEntry entry)
    {
        var s = store();
        if (s is null) return null;
        var recorded = s.Query("SELECT path, sha256 FROM ops_plugin_files WHERE plugin = $Id", r => (r.GetString(0), r.GetString(1)),
            new { entry.Id }).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        if (recorded.Count == 0) return null;
        var difference = FileHashes.Difference(recorded, FileHashes.Of(entry.Directory));
        return difference is null ? null
            : $"files differ from what was installed ({difference}); it will not be loaded until reinstalled: ops plugins upgrade {entry.Id} --from PATH";
    }
}
