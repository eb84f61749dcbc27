namespace Ops.Host.Catalog;

/// <summary>The contents of a plugin's <c>plugin.json</c> (schema in docs/plugins.md).</summary>
internal sealed class PluginManifest
{
    public string Id { get; set; } = "";
    public string Version { get; set; } = "";
    public string Sdk { get; set; } = "";
    public string Description { get; set; } = "";
    public string EntryAssembly { get; set; } = "";
    public List<ManifestCommand> Commands { get; set; } = [];
    public List<ManifestPermission> Permissions { get; set; } = [];
    public List<ManifestDependency> Dependencies { get; set; } = [];
    public List<ManifestView> Views { get; set; } = [];
    public List<string> Prerequisites { get; set; } = [];
    public bool RiskChecks { get; set; }
}

internal sealed class ManifestCommand
{
    public string Name { get; set; } = "";
    public string Help { get; set; } = "";
}

internal sealed class ManifestPermission
{
    public string Id { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>Default grants: role → scope, applied when the plugin is first enabled in a store.</summary>
    public Dictionary<string, string> Defaults { get; set; } = [];
}

internal sealed class ManifestDependency
{
    public string Id { get; set; } = "";
    public string Version { get; set; } = "";
    public bool Optional { get; set; }
}

internal sealed class ManifestView
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
}
