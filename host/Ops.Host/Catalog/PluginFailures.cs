using Ops.Host.App;

namespace Ops.Host.Catalog;

/// <summary>What <c>plugins verify</c> and <c>doctor</c> report about the plugins' files: one line a plugin in one of
/// the given states, and an enabled plugin whose pinned manifest is gone, which discovery never finds.</summary>
internal static class PluginFailures
{
    public static List<string> Of(OpsSession s, params PluginState[] states)
    {
        var bad = s.Catalog.Entries.Where(e => states.Contains(e.State)).ToList();
        var lines = bad.Select(e => $"{e.Id}: {e.State.Text()}: {e.Reason}").ToList();
        if (s.Plugins.UntrustedManifest() is { } distrust && bad.All(e => e.Id != distrust.Id))
            lines.Add($"{distrust.Id}: {PluginState.Tampered.Text()}: {distrust.Problem}; {distrust.Hint}");
        return lines;
    }
}
