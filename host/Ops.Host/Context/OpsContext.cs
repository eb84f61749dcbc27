using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Host.Firm;
using Ops.Host.Store;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Calendar;
using Ops.Sdk.Directory;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Host.Context;

/// <summary>The <see cref="IOpsContext"/> handed to host commands (plugin null) and to each plugin
/// (made by <see cref="PluginRuntime"/>, the one place that loads and migrates plugins).</summary>
internal sealed class OpsContext(OpsSession session, PluginEntry? plugin, PluginRuntime? runtime = null) : IOpsContext, IPluginInfo
{
    /// <summary>The host's store, or for a plugin a view of it whose statements run as that plugin. Reading it never
    /// migrates: a plugin's store is there once the runtime activated the plugin, and a use before that is a bug.</summary>
    public IStore Store => plugin is null ? session.Store
        : runtime!.IsActive(plugin) ? session.Store.As(runtime.PolicyFor(plugin))
        : throw new InvalidOperationException($"plugin '{plugin.Id}' used the store before it was activated");
    public Actor Actor => session.Actor;
    public IAccessControl Access => session.Access;
    public IAuditLog Audit => session.Audit;
    public IOutput Output => session.Output;
    public TimeProvider Clock => session.Env.Clock;
    public DateOnly Today => session.Today;
    public FirmProfile Firm => FirmStore.Load(session.Store);
    public IStaffDirectory Staff => session.Staff;
    public IPluginInfo Plugins => this;
    public ICalendar Calendar => session.Calendar;
    public OutputFiles Files => session.Files;
    public Progress Progress(string phase, long? total = null) => session.Progress(phase, total);

    public bool IsEnabled(string pluginId) => session.Catalog.Find(pluginId) is { IsUsable: true };

    public string? VersionOf(string pluginId) => session.Catalog.Find(pluginId)?.Manifest.Version;
}
