using System.Text.Json.Serialization;

namespace Ops.Host.Catalog;

/// <summary>The contents of a plugin's <c>plugin.json</c> (schema in docs/plugins.md).</summary>
internal sealed class PluginManifest
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("version")] public string Version { get; set; } = "";
    [JsonPropertyName("sdk")] public string Sdk { get; set; } = "";
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    [JsonPropertyName("entryAssembly")] public string EntryAssembly { get; set; } = "";
    [JsonPropertyName("commands")] public List<ManifestCommand> Commands { get; set; } = [];
    [JsonPropertyName("permissions")] public List<ManifestPermission> Permissions { get; set; } = [];
    [JsonPropertyName("dependencies")] public List<ManifestDependency> Dependencies { get; set; } = [];
    [JsonPropertyName("views")] public List<ManifestView> Views { get; set; } = [];
    [JsonPropertyName("prerequisites")] public List<string> Prerequisites { get; set; } = [];
    [JsonPropertyName("riskChecks")] public bool RiskChecks { get; set; }
}

internal sealed class ManifestCommand
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("help")] public string Help { get; set; } = "";
}

internal sealed class ManifestPermission
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    /// <summary>Default grants: role → scope, applied when the plugin is first enabled in a store.</summary>
    [JsonPropertyName("defaults")] public Dictionary<string, string> Defaults { get; set; } = [];
}

internal sealed class ManifestDependency
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("version")] public string Version { get; set; } = "";
    [JsonPropertyName("optional")] public bool Optional { get; set; }
}

internal sealed class ManifestView
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string Description { get; set; } = "";
}

[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(PluginManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
