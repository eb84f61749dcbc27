using NuGet.Versioning;
using Ops.Host.Access;
using Ops.Host.Audit;
using Ops.Host.Catalog;
using Ops.Host.Context;
using Ops.Host.Install;
using Ops.Host.Staff;
using Ops.Host.Store;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Host.App;

/// <summary>One run of <c>ops</c>: the store (opened on first use), the plugin catalog, the actor,
/// access, audit and output. Everything is lazy so that help and listings stay cheap.</summary>
internal sealed class OpsSession : IDisposable
{
    private SqliteStore? _store;
    private bool _hostMigrated;
    private Actor? _actor;
    private readonly HashSet<string> _migrated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IAccessPrerequisite>> _prerequisites = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PluginSqlPolicy> _policies = new(StringComparer.Ordinal);

    public OpsSession(HostEnvironment env, GlobalArgs args)
    {
        Env = env;
        Args = args;
        DbPath = StoreLocator.Resolve(args.Db, env);
        Output = new TextOutput(env.Out, env.Error);
        Staff = new StaffDirectory(() => Store);
        Audit = new AuditLog(() => Store, () => Actor, args.CommandLine, env.Clock);
        Access = new AccessControl(() => Store, () => Actor, Staff, Audit, env.Clock, PrerequisitesFor);
        Tamper = new TamperCheck(() => StoreExists ? Store : null);
        Activator = new PluginActivator(Tamper.Check);
        Catalog = Discover();
    }

    /// <summary>Hashing installed files is only worth it where the answer is shown or a plugin is loaded,
    /// so help and the other commands skip it (the activator checks before loading).</summary>
    private PluginCatalog Discover() =>
        PluginCatalog.Discover(PluginRoots(), SdkVersion, ReadEnabledSet(), Args.Command == "plugins" ? Tamper.Check : null);

    public static NuGetVersion SdkVersion { get; } = new(SdkInfo.Version.Major, SdkInfo.Version.Minor, SdkInfo.Version.Build);

    public HostEnvironment Env { get; }
    public GlobalArgs Args { get; }
    public string DbPath { get; }
    public IOutput Output { get; }
    public StaffDirectory Staff { get; }
    public AuditLog Audit { get; }
    public AccessControl Access { get; }
    public PluginCatalog Catalog { get; private set; }
    public PluginActivator Activator { get; }
    public TamperCheck Tamper { get; }
    public bool StoreExists => File.Exists(DbPath);
    public string InstalledPluginsRoot => Path.Combine(Path.GetDirectoryName(DbPath)!, "plugins");

    /// <summary>The store, host migrations applied. Fails with a clear message when there is none.</summary>
    public SqliteStore Store
    {
        get
        {
            if (_hostMigrated) return _store!;
            if (!StoreExists)
                throw new UnavailableException($"there is no Ops store at {DbPath}",
                    "create one with: ops init (or point to one with --db PATH or OPS_DB)");
            _store ??= SqliteStore.Open(DbPath);
            MigrateHost();
            return _store;
        }
    }

    /// <summary>Creates the store file (mode 0600) and applies the host migrations.</summary>
    public SqliteStore CreateStore()
    {
        if (StoreExists) throw new ConflictException($"a store already exists at {DbPath}", "use it, or choose another path with --db");
        Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
        PrivateFile.Create(DbPath);
        _store = SqliteStore.Open(DbPath, create: true);
        MigrateHost();
        return _store;
    }

    public Actor Actor => _actor ??= Identity.Identity.Resolve(this);

    /// <summary>The OS login the actor is taken from: SUDO_USER under sudo, else the process's user.</summary>
    public string OsLogin => Env.Get("SUDO_USER") ?? Env.OsLogin;

    /// <summary>The real OS user behind this run, with their uid, as every audit event records it.</summary>
    public OsCaller Caller => new(OsLogin, Env.OsUid);

    /// <summary>The store with a plugin's migrations (and its enabled dependencies') applied.</summary>
    public SqliteStore StoreFor(PluginEntry plugin)
    {
        var store = Store;
        foreach (var dep in plugin.Manifest.Dependencies)
            if (Catalog.Find(dep.Id) is { IsUsable: true } d) StoreFor(d);
        if (_migrated.Add(plugin.Id))
            new Migrator(store, Env.Clock).Apply(plugin.Id, plugin.Manifest.Version, Migration.FromDirectory(plugin.MigrationsDirectory), PolicyFor(plugin));
        return store;
    }

    /// <summary>What <paramref name="plugin"/>'s SQL may touch (one policy per plugin and run).</summary>
    public PluginSqlPolicy PolicyFor(PluginEntry plugin)
    {
        if (!_policies.TryGetValue(plugin.Id, out var policy))
            _policies[plugin.Id] = policy = new PluginSqlPolicy(plugin, Catalog.Entries.Where(e => e.State != PluginState.Malformed));
        return policy;
    }

    /// <summary>A context for host commands (plugin null) or for one plugin's commands.</summary>
    public IOpsContext ContextFor(PluginEntry? plugin) => new OpsContext(this, plugin);

    /// <summary>Re-reads the catalog after the enabled set or the installed plugins changed.</summary>
    public void RefreshCatalog() => Catalog = Discover();

    private IEnumerable<string> PluginRoots()
    {
        if (Env.IncludeBundledPlugins) yield return Path.Combine(Env.AppDirectory, "plugins");
        yield return InstalledPluginsRoot;
        foreach (var extra in Env.ExtraPluginRoots) yield return extra;
        if (Env.Get("OPS_PLUGIN_PATH") is { } path)
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)) yield return dir;
    }

    /// <summary>The enabled set from the store, or null when there is no store yet.</summary>
    private HashSet<string>? ReadEnabledSet()
    {
        if (!StoreExists) return null;
        SqliteStore store;
        try { store = _store ?? SqliteStore.Open(DbPath); }
        catch (StoreFault) { return null; } // help and `ops db restore` still work; commands that need the store say what is wrong
        _store = store;
        if (store.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'ops_plugins'") == 0) return null;
        return store.Query("SELECT id FROM ops_plugins WHERE enabled = 1", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
    }

    private void MigrateHost()
    {
        new Migrator(_store!, Env.Clock).Apply(Migrator.HostId, HostVersion, Migration.ForHost());
        _hostMigrated = true;
    }

    public static string HostVersion => typeof(OpsSession).Assembly.GetName().Version!.ToString(3);

    private IEnumerable<IAccessPrerequisite> PrerequisitesFor(string permission)
    {
        if (_prerequisites.TryGetValue(permission, out var cached)) return cached;
        var list = new List<IAccessPrerequisite>();
        foreach (var entry in Catalog.Usable.Where(e => e.Manifest.Prerequisites.Contains(permission)))
        {
            StoreFor(entry);
            list.AddRange(Activator.Load(entry).AccessPrerequisites(ContextFor(entry)).Where(p => p.Permission == permission));
        }
        _prerequisites[permission] = list;
        return list;
    }

    public void Dispose() => _store?.Dispose();
}
