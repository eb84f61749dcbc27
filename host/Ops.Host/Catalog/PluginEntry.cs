using NuGet.Versioning;

namespace Ops.Host.Catalog;

/// <summary>A plugin as the catalog sees it: folder, manifest (when readable), state and the reason for it.</summary>
internal sealed class PluginEntry(string directory, PluginManifest manifest)
{
    public string Directory { get; } = directory;
    public PluginManifest Manifest { get; } = manifest;
    public string Id => Manifest.Id;
    public NuGetVersion? Version { get; init; }
    public PluginState State { get; set; } = PluginState.Disabled;
    public string Reason { get; set; } = "";

    /// <summary>Full path of the entry assembly, checked to lie inside <see cref="Directory"/>.</summary>
    public string EntryAssemblyPath => Path.GetFullPath(Path.Combine(Directory, Manifest.EntryAssembly));

    public string MigrationsDirectory => Path.Combine(Directory, "migrations");

    public bool IsUsable => State == PluginState.Enabled;
}
