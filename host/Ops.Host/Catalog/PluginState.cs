namespace Ops.Host.Catalog;

/// <summary>Where a plugin stands; only <see cref="Enabled"/> plugins contribute commands.</summary>
internal enum PluginState
{
    Enabled,
    Disabled,
    Incompatible,
    MissingDependency,
    Malformed,
    Conflict,
    Tampered,
    FailedToLoad,
}

internal static class PluginStateText
{
    public static string Text(this PluginState state) => state switch
    {
        PluginState.Enabled => "enabled",
        PluginState.Disabled => "disabled",
        PluginState.Incompatible => "incompatible",
        PluginState.MissingDependency => "dependency-missing",
        PluginState.Malformed => "malformed",
        PluginState.Conflict => "conflict",
        PluginState.Tampered => "tampered",
        PluginState.FailedToLoad => "failed-to-load",
        _ => state.ToString().ToLowerInvariant(),
    };
}
