using Ops.Host.Install;
using Ops.Sdk.Risk;

namespace Ops.Host.Risk;

/// <summary>Run in place of the plugins' checks while an enabled plugin's manifest is not the pinned one: every decision
/// on a plugin's permission is refused then, so they cannot run, and this finding says why, once. It is not run
/// otherwise, so that an area nothing can be found in does not lift every firm's score.</summary>
internal sealed class PluginManifestCheck(ManifestDistrust distrust) : IRiskCheck
{
    public string Id => "ops.plugin-manifests";
    public string Title => "The manifests of the enabled plugins are the pinned ones";
    public string Area => "plugins";

    public IEnumerable<RiskFinding> Run()
    {
        yield return new RiskFinding(Id, Severity.High, $"The manifest of plugin '{distrust.Id}' is not the pinned one: all plugin data is refused",
            $"{distrust.Message}. Until it is restored no plugin's checks run and every command on plugin data exits 7.",
            ["plugin:" + distrust.Id], distrust.Hint);
    }
}
