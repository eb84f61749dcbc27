namespace Ops.Sdk;

/// <summary>What a plugin may know about the others: presence, state and version, never their types.</summary>
public interface IPluginInfo
{
    /// <summary>True when the plugin with this id is installed, compatible and enabled for this firm.</summary>
    bool IsEnabled(string pluginId);

    /// <summary>The installed version of a plugin, or null when it is not installed.</summary>
    string? VersionOf(string pluginId);
}
