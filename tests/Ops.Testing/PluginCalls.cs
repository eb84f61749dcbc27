using Ops.Host.App;
using Ops.Sdk.Departure;

namespace Ops.Testing;

/// <summary>Calls a plugin's SDK members the way the host does (the plugin loaded in its own context, given the context
/// of a run as an OS user), to judge one plugin's contribution apart from the others'.</summary>
public static class PluginCalls
{
    /// <summary>The departure-plan steps plugin <paramref name="pluginId"/> contributes for <paramref name="person"/>,
    /// judged for a run as <paramref name="osLogin"/>.</summary>
    public static IReadOnlyList<DepartureStep> DepartureSteps(this OpsTestStore store, string osLogin, string pluginId, DepartingPerson person)
    {
        using var session = new OpsSession(store.HostEnvironmentFor(TextWriter.Null, TextWriter.Null, osLogin), GlobalArgs.Scan([]));
        var entry = session.Catalog.Find(pluginId) ?? throw new InvalidOperationException($"no plugin '{pluginId}'");
        var plugin = session.Plugins.Activate(entry);
        return plugin.Plugin.DepartureSteps(plugin.Context, person).ToList();
    }
}
