using NuGet.Versioning;
using Ops.Host.Access;
using Ops.Host.Audit;
using Ops.Host.Catalog;
using Ops.Host.Config;
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
    private IHostStore? _store;
    private bool _hostMigrated;
    private Actor? _actor;
    private DateOnly? _today;

    public OpsSession(HostEnvironment env, GlobalArgs args)
    {
        Env = env;
        Args = args;
        Deployment = Deployment.Decide(env, args);
        DbPath = Deployment.DbPath;
        if (Deployment.Refusal is null && env.OwnsProcess) JitProfile.Start(DbPath, args.Command);   // before the work it speeds up
        Output = new TextOutput(env.Out, env.Error);
        Staff = new StaffDirectory(() => Store);
        CommandLine = CommandLineRedaction.Redact(args.Parse, args.Command);
        Audit = new AuditLog(() => Store, () => Actor, () => Caller, () => CommandLine, env.Clock);   // no client data in clear
        Tamper = new TamperCheck(() => StoreExists ? Store : null, BundledRoot, DbPath, RehashesAll(args));
        Plugins = new PluginRuntime(this, new PluginActivator(Tamper.Check));
        PluginStates = new PluginStates(this);
        Access = new AccessControl(() => Store, () => Actor, Staff, Audit, () => Today, Plugins.PrerequisitesOf);
        if (Deployment.Refusal is { } refusal) throw Refused(refusal);
    }

    /// <summary>Records a refused attempt in the store it was aimed at, with the real caller, then returns it to throw.</summary>
    private OpsException Refused(OpsException refusal)
    {
        if (StoreExists)
        {
            var who = Staff.FindByOsLogin(Caller.Login)?.Login ?? "os:" + Caller.Login;
            Audit.Append(who, who, "access.refused", [], "denied", refusal.Message);
        }
        return refusal;
    }

    /// <summary><c>plugins verify</c> and <c>doctor</c> read every file again instead of trusting the hash cache.</summary>
    private static bool RehashesAll(GlobalArgs args) =>
        args.Command == "doctor" || (args.Command == "plugins" && args.Words.SkipWhile(w => w != "plugins").Skip(1).FirstOrDefault() == "verify");

    public static NuGetVersion SdkVersion { get; } = new(SdkInfo.Version.Major, SdkInfo.Version.Minor, SdkInfo.Version.Build);

    public HostEnvironment Env { get; }
    public GlobalArgs Args { get; }

    /// <summary>The command line as the audit records it: from the global options until the whole line is parsed.</summary>
    public string CommandLine { get; set; }
    public Deployment Deployment { get; }
    public string DbPath { get; }
    public IOutput Output { get; }
    public StaffDirectory Staff { get; }
    public AuditLog Audit { get; }
    public AccessControl Access { get; }
    /// <summary>Every plugin found, read from the manifests at first use (the top-level help may need none).</summary>
    public PluginCatalog Catalog => _catalog ??= Discover();
    private PluginCatalog? _catalog;
    /// <summary>Loads, migrates and hands out plugins' contexts; nothing else does.</summary>
    public PluginRuntime Plugins { get; }
    /// <summary>Changes plugins' state for the firm; nothing else does.</summary>
    public PluginStates PluginStates { get; }
    public TamperCheck Tamper { get; }
    public bool StoreExists => StoreFactory.EngineOf(DbPath) == StoreEngine.Sqlite ? File.Exists(DbPath) : _storeExists ??= PostgresHoldsStore();
    private bool? _storeExists;

    /// <summary>A PostgreSQL database holds an Ops store once <c>ops init</c> made its tables.</summary>
    private bool PostgresHoldsStore() => (_store ??= StoreFactory.Open(DbPath)).HasTable("ops_migrations");

    /// <summary>Every file Ops writes goes through this: never over the store or beside it (see docs/deploy.md).</summary>
    public OutputFiles Files => new([DbPath]);

    /// <summary>A progress line on stderr when stderr is a terminal that can redraw a line; otherwise one that draws nothing.</summary>
    public Sdk.Output.Progress Progress(string phase, long? total = null) =>
        Env.ErrIsTerminal && Env.Get("TERM") != "dumb" ? Sdk.Output.Progress.On(Output.Error, phase, total, Env.Clock) : Sdk.Output.Progress.None;

    public string InstalledPluginsRoot => Deployment.InstalledPluginsRoot;

    /// <summary>The store, host migrations applied. Fails with a clear message when there is none.</summary>
    public IHostStore Store
    {
        get
        {
            if (_hostMigrated) return _store!;
            if (!StoreExists)
                throw new UnavailableException($"there is no Ops store at {DbPath}", Deployment.IsConfigured
                    ? $"the configuration {Deployment.Config!.Path} names it; create it with: sudo -u {Deployment.Config.Account} ops init"
                    : "create one with: ops init (or point to one with --db PATH or OPS_DB)");
            _store ??= StoreFactory.Open(DbPath);
            MigrateHost();
            EnsureSandboxRules();
            SeedNewHostDefaults();
            return _store;
        }
    }

    /// <summary>Host permissions a later version added get their default grants at the first run after the upgrade
    /// (recorded, audited); one an admin revoked is never granted again (<see cref="HostDefaultGrants"/>).</summary>
    private void SeedNewHostDefaults()
    {
        var granted = HostDefaultGrants.SeedMissing(_store!, Env.Clock.GetUtcNow());
        if (granted.Count > 0)
            Audit.Append("ops", "ops", "access.grant", granted.Select(g => "grant:" + g.Replace(' ', ':')), "ok",
                "default grants of host permissions this store did not have yet, seeded after an upgrade: " + string.Join(", ", granted));
    }

    /// <summary>Creates the store file (mode 0600) and applies the host migrations. A sandbox store (the demo's,
    /// tests') lets its callers pin the clock and the OS login; a configured server never creates one.</summary>
    public IHostStore CreateStore(bool sandbox)
    {
        if (StoreExists) throw new ConflictException($"a store already exists at {DbPath}", "use it, or choose another path with --db");
        if (sandbox && Deployment.IsConfigured)
            throw new AccessDeniedException("a configured server never runs a sandbox store", "run ops init without --sandbox");
        RefusePinsUnless(sandbox);
        if (StoreFactory.EngineOf(DbPath) == StoreEngine.Sqlite)
            new OutputFiles([]).WriteVia(DbPath, _ => { });   // an empty 0600 file, its folder 0700 if new; never over one
        _store = StoreFactory.Open(DbPath, create: true);
        _storeExists = true;
        MigrateHost();
        if (sandbox) StoreSettings.MarkSandbox(_store);
        return _store;
    }

    /// <summary>True when the store was created as a sandbox (<c>ops init --sandbox</c>, the demo).</summary>
    public bool IsSandbox => StoreSettings.IsSandbox(Store);

    private void EnsureSandboxRules()
    {
        var sandbox = StoreSettings.IsSandbox(_store!);
        if (sandbox && Deployment.IsConfigured)
            throw new UnavailableException($"the store {DbPath} named in {Deployment.Config!.Path} is a sandbox (demo or test) store",
                "point the configuration at the firm's store; sandbox stores let callers pin the clock and their identity");
        if (!Deployment.IsConfigured) RefusePinsUnless(sandbox);   // a server refuses them, audited, before the store opens
    }

    private void RefusePinsUnless(bool sandbox)
    {
        var pinned = Deployment.SandboxVariables.Where(v => Env.Get(v) is not null).ToList();
        if (pinned.Count > 0 && !sandbox)
            throw new AccessDeniedException(
                $"{string.Join(" and ", pinned)} may be used only on a sandbox store (made by the demo or ops init --sandbox); {DbPath} is not one",
                $"unset {string.Join(" and ", pinned)}");
    }

    public Actor Actor => _actor ??= Identity.Identity.Resolve(this);

    /// <summary>The production calendar held in the store, read once per run.</summary>
    public Ops.Sdk.Calendar.ICalendar Calendar => _calendar ??= Ops.Host.Calendar.CalendarStore.Load(Store);
    private Ops.Sdk.Calendar.ProductionCalendar? _calendar;

    /// <summary>Forgets the calendar read, after an import changed it.</summary>
    public void CalendarChanged() => _calendar = null;

    /// <summary>Today in the firm's time zone (<see cref="IOpsContext.Today"/>), fixed for the run.</summary>
    public DateOnly Today => _today ??= FirmTime.Today(Env.Clock, FirmTime.Zone(Firm.FirmStore.TimeZoneId(Store)));

    /// <summary>The OS login the actor is taken from: the verified sudo caller, else the process's user; on a sandbox
    /// store <c>OPS_OS_LOGIN</c> may name another (demos and tests act as several people).</summary>
    public string OsLogin => Env.Get("OPS_OS_LOGIN") is { } pinned && (!StoreExists || IsSandbox) ? pinned : Caller.Login;

    /// <summary>The real OS user behind this run, with their uid, as every audit event records it.</summary>
    public OsCaller Caller => Deployment.Caller;

    /// <summary>The context host commands hand to SDK code (a plugin's comes from <see cref="Plugins"/>).</summary>
    public IOpsContext HostContext => new OpsContext(this, null);

    /// <summary>Re-reads the catalog after the enabled set or the installed plugins changed.</summary>
    public void RefreshCatalog() => _catalog = Discover();

    private string BundledRoot => Path.Combine(Env.AppDirectory, "plugins");

    private IEnumerable<string> PluginRoots()
    {
        if (Env.IncludeBundledPlugins) yield return BundledRoot;
        yield return InstalledPluginsRoot;
        foreach (var extra in Env.ExtraPluginRoots) yield return extra;
        if (!Deployment.IsConfigured && Env.Get("OPS_PLUGIN_PATH") is { } path)
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)) yield return dir;
    }

    /// <summary>The top-level commands of the usable plugins, for the top-level help: from the help cache while they
    /// were read for the enabled set the start-up cache holds and the plugin folders and manifests are as they were, so
    /// that help reads no manifest; else from the manifests, and then cached for the next help (<see cref="HelpCache"/>).</summary>
    public List<ManifestCommand> TopLevelPluginCommands()
    {
        var stamps = StoreSideCache.IsKeptFor(DbPath) && StoreExists ? PluginCatalog.FolderStamps(PluginRoots(), SdkVersion) : null;
        if (stamps is not null && CachedEnabledSet() is { } enabled && HelpCache.Read(DbPath)?.CommandsFor(enabled, stamps) is { } cached)
            return cached;
        var commands = new List<ManifestCommand>();
        foreach (var entry in Catalog.Usable) commands.AddRange(entry.Manifest.Commands);
        if (stamps is not null && _enabledSet is { } read) HelpCache.Write(DbPath, read, stamps, commands);
        return commands;
    }

    /// <summary>The start-up cache's enabled set, for the top-level help (no command named) of an existing store, when
    /// one can be trusted.</summary>
    private HashSet<string>? CachedEnabledSet() =>
        Args.Command is null && StoreExists ? _cachedEnabledSet ??= EnabledSetCache.Read(DbPath) : null;
    private HashSet<string>? _cachedEnabledSet;

    /// <summary>The enabled set the catalog was read with.</summary>
    private HashSet<string>? _enabledSet;

    /// <summary>Hashing installed files is only worth it where the answer is shown or a plugin is loaded,
    /// so help and the other commands skip it (the activator checks before loading).</summary>
    private PluginCatalog Discover() =>
        PluginCatalog.Discover(PluginRoots(), SdkVersion, _enabledSet = ReadEnabledSet(), Args.Command is "plugins" or "doctor" ? Tamper.Check : null);

    /// <summary>The enabled set, or null when there is no store yet. For the top-level help it comes from the start-up
    /// cache when one can be trusted, so that help opens no store; everything else reads the store.</summary>
    private HashSet<string>? ReadEnabledSet()
    {
        if (!StoreExists) return null;
        if (CachedEnabledSet() is { } cached) return cached;
        IHostStore store;
        try { store = _store ?? StoreFactory.Open(DbPath); }
        catch (StoreFault) { return null; } // help and `ops db restore` still work; commands that need the store say what is wrong
        _store = store;
        if (!store.HasTable("ops_plugins")) return null;
        return PluginStates.ReadEnabled(store);
    }

    private void MigrateHost()
    {
        new Migrator(_store!, Env.Clock).Apply(Migrator.HostId, HostVersion, Migration.ForHost(_store!.Engine));
        _hostMigrated = true;
    }

    public static string HostVersion => typeof(OpsSession).Assembly.GetName().Version!.ToString(3);

    public void Dispose() => _store?.Dispose();
}
