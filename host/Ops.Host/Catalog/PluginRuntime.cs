using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Context;
using Ops.Host.Install;
using Ops.Host.Store;
using Ops.Sdk;
using Ops.Sdk.Access;

namespace Ops.Host.Catalog;

/// <summary>A plugin ready to serve: its entry object and the context its code is given.</summary>
internal sealed record ActivePlugin(PluginEntry Entry, IOpsPlugin Plugin, IOpsContext Context);

/// <summary>
/// The one place that loads a plugin, applies its migrations and hands out its context. Nothing else does
/// either: reading a context's store never migrates, and an access decision only consults plugins activated here.
/// <see cref="Load"/> is for building a command (help included: no store needed); <see cref="Activate"/> is for
/// running one: the plugin's enabled dependencies first, then its own migrations, then the plugins that attach
/// prerequisites to its permissions (or its dependencies').
/// </summary>
internal sealed class PluginRuntime(OpsSession session, PluginActivator activator)
{
    private readonly Dictionary<string, ActivePlugin> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _active = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PluginSqlPolicy> _policies = new(StringComparer.Ordinal);

    /// <summary>The plugin whose command this run builds (<see cref="LoadRequested"/>), activated before that command runs.</summary>
    public PluginEntry? Requested { get; private set; }

    /// <summary>Loads the plugin whose command is being run, to build that command (help needs no store).</summary>
    public ActivePlugin LoadRequested(PluginEntry entry)
    {
        Requested = entry;
        return Load(entry);
    }

    /// <summary>Loads the plugin's code and makes its context; its store may not be used until it is activated.</summary>
    private ActivePlugin Load(PluginEntry entry)
    {
        if (_loaded.TryGetValue(entry.Id, out var loaded)) return loaded;
        var plugin = activator.Load(entry);
        return _loaded[entry.Id] = new ActivePlugin(entry, plugin, new OpsContext(session, entry, this));
    }

    /// <summary>Loads the plugin and brings the store up to date for it, ready for its code to run.</summary>
    public ActivePlugin Activate(PluginEntry entry)
    {
        Ensure(entry);
        return Load(entry);
    }

    private void Ensure(PluginEntry entry)
    {
        var store = session.Store;
        if (!_active.Add(entry.Id)) return;   // done, or under way: dependencies and providers may name each other
        foreach (var dep in entry.Manifest.Dependencies)
            if (session.Catalog.Find(dep.Id) is { IsUsable: true } d)
            {
                // An optional dependency found unusable only now (its files tampered with) is done without, as if disabled.
                try { Ensure(d); }
                catch (Ops.Sdk.Errors.UnavailableException) when (dep.Optional && !d.IsUsable) { }
            }
        activator.Verify(entry);   // a migration planted in its folder must not run before the pins are checked
        new Migrator(store, session.Env.Clock).Apply(entry.Id, entry.Manifest.Version, Migration.FromDirectory(entry.MigrationsDirectory, store.Engine), PolicyFor(entry));
        foreach (var provider in ProvidersFor(PermissionsReachedBy(entry)).ToList()) Ensure(provider);
    }

    /// <summary>Activates the usable plugin <paramref name="id"/>; refuses one that is not.</summary>
    public ActivePlugin Activate(string id, string why) => session.Catalog.Find(id) is { IsUsable: true } entry
        ? Activate(entry)
        : throw new Ops.Sdk.Errors.UnavailableException($"plugin '{id}' is not enabled, so it cannot {why}");

    /// <summary>Activates the plugins that attach prerequisites to <paramref name="permission"/>; a host command
    /// deciding on a plugin's permission calls this first.</summary>
    public void ActivateProvidersOf(string permission)
    {
        foreach (var provider in ProvidersFor([permission]).ToList()) Ensure(provider);
    }

    /// <summary>Activates every usable plugin that attaches a prerequisite to any permission, for a host command that
    /// decides on many permissions at once (the evidence pack's grants).</summary>
    public void ActivateAllProviders()
    {
        foreach (var provider in TrustedCatalog().Usable.Where(e => e.Manifest.Prerequisites.Count > 0).ToList()) Activate(provider);
    }

    public bool IsActive(PluginEntry entry) => _active.Contains(entry.Id);

    /// <summary>What the activated plugins require before <paramref name="permission"/> is allowed. A usable plugin that
    /// declares a prerequisite for it but was not activated is a bug in the caller: refused, never skipped.</summary>
    public IEnumerable<IAccessPrerequisite> PrerequisitesOf(string permission)
    {
        foreach (var provider in ProvidersFor([permission]))
        {
            if (!IsActive(provider))
                throw new InvalidOperationException($"plugin '{provider.Id}' holds a prerequisite of {permission} but was not activated before the decision");
            var active = Load(provider);
            foreach (var p in PrerequisitesFrom(active).Where(p => p.Permission == permission)) yield return p;
        }
    }

    /// <summary>What <paramref name="plugin"/>'s SQL may touch (one policy per plugin and run).</summary>
    public PluginSqlPolicy PolicyFor(PluginEntry plugin)
    {
        if (!_policies.TryGetValue(plugin.Id, out var policy))
            _policies[plugin.Id] = policy = new PluginSqlPolicy(plugin, session.Catalog.Entries.Where(e => e.State != PluginState.Malformed));
        return policy;
    }

    private readonly Dictionary<string, IReadOnlyList<IAccessPrerequisite>> _prerequisites = new(StringComparer.Ordinal);

    private IReadOnlyList<IAccessPrerequisite> PrerequisitesFrom(ActivePlugin active)
    {
        if (!_prerequisites.TryGetValue(active.Entry.Id, out var list))
            _prerequisites[active.Entry.Id] = list = active.Plugin.AccessPrerequisites(active.Context).ToList();
        return list;
    }

    /// <summary>The plugins that attach a prerequisite to any of <paramref name="permissions"/>. Host permissions have
    /// none (a manifest naming one is malformed), so only a plugin's permission needs the manifests trusted.</summary>
    private IEnumerable<PluginEntry> ProvidersFor(IEnumerable<string> permissions)
    {
        var wanted = permissions.Where(p => !HostPermissions.IsHost(p)).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0) return [];
        return TrustedCatalog().Usable.Where(e => e.Manifest.Prerequisites.Any(wanted.Contains));
    }

    private PluginCatalog? _trusted;

    /// <summary>Why the manifests of the plugins the firm enabled are not the pinned ones, or null. Who imposes which
    /// prerequisite is read from them (<see cref="TamperCheck.ManifestProblem"/>), so while one is edited or gone no
    /// decision on a plugin's permission is made in this run: refused, never made without the prerequisite.</summary>
    public ManifestDistrust? UntrustedManifest()
    {
        var catalog = session.Catalog;
        if (ReferenceEquals(catalog, _trusted)) return null;
        var distrust = session.Tamper.ManifestProblem(session.Env.IncludeBundledPlugins, session.InstalledPluginsRoot, catalog.EnabledByFirm);
        if (distrust is null) _trusted = catalog;
        return distrust;
    }

    private PluginCatalog TrustedCatalog() =>
        UntrustedManifest() is { } distrust ? throw new Ops.Sdk.Errors.UnavailableException(distrust.Message, distrust.Hint) : session.Catalog;

    private IEnumerable<string> PermissionsReachedBy(PluginEntry entry) =>
        entry.Manifest.Permissions.Select(p => p.Id).Concat(entry.Manifest.Dependencies
            .Select(d => session.Catalog.Find(d.Id)).OfType<PluginEntry>().SelectMany(d => d.Manifest.Permissions.Select(p => p.Id)));
}
