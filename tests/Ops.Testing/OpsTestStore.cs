using System.Reflection;
using Ops.Host.App;

namespace Ops.Testing;

/// <summary>A temporary store and an in-process <c>ops</c> to run against it. The OS user who runs
/// commands is <see cref="OsLogin"/> (default "admin", the store's first admin).</summary>
public sealed class OpsTestStore : IDisposable
{
    private OpsTestStore(string directory, TestEngine engine)
    {
        Directory = directory;
        Engine = engine;
        if (engine == TestEngine.Postgres) (_schema, _setting) = TestPostgres.NewSchema();
    }

    private readonly string? _schema, _setting;

    /// <summary>The engine holding the store: an SQLite file, or a schema of its own on <see cref="TestPostgres"/>.</summary>
    public TestEngine Engine { get; }

    /// <summary>The temporary folder holding the store.</summary>
    public string Directory { get; }

    /// <summary>The store setting: the SQLite file, or the PostgreSQL URL naming this test's schema.</summary>
    public string DbPath => _setting ?? Path.Combine(Directory, "store", "ops.db");

    /// <summary>Where `ops plugins install` puts plugins without a configuration: beside the store.</summary>
    public string InstalledPlugins => Path.Combine(Directory, "store", "plugins");   // its own folder: Ops writes nothing beside a store

    /// <summary>The OS login commands run as; map it to staff with <c>--os-login</c> or use <see cref="RunAs"/>.</summary>
    public string OsLogin { get; set; } = "admin";

    /// <summary>When <see cref="Create"/> makes the store.</summary>
    public static readonly DateTimeOffset Created = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>What the clock says when a command starts (OPS_NOW).</summary>
    public DateTimeOffset Now { get; set; } = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A clock of the test's own instead of one pinned at <see cref="Now"/> (e.g. a system clock turned back).</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>Extra environment variables for every command.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Folders with fixture plugins searched besides (or instead of) the bundled ones.</summary>
    public List<string> PluginRoots { get; } = [];

    /// <summary>The system's user database as the host sees it (login → uid); empty means the real one.</summary>
    public Dictionary<string, int> OsUsers { get; } = new(StringComparer.Ordinal);

    /// <summary>The uid the in-process <c>ops</c> runs as (-1: none).</summary>
    public int OsUid { get; set; } = -1;

    /// <summary>The server configuration commands run under (<see cref="ConfigureAsServer"/>), or null.</summary>
    public string? ConfigPath { get; private set; }

    /// <summary>Makes this a configured server's store: writes an <c>ops.conf</c> naming it, with the given service
    /// account (added to <see cref="OsUsers"/>); commands then run as that account and without OPS_DB. The file is
    /// trusted only when root owns it, so tests that use this run as root.</summary>
    public string ConfigureAsServer(string account = "ops", int accountUid = 990, string? serviceLogin = null, string? extra = null)
    {
        var dir = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "etc")).FullName;
        var path = Path.Combine(dir, "ops.conf");
        File.WriteAllText(path, $"store = {DbPath}\nplugins = {Path.Combine(Directory, "plugins")}\naccount = {account}\n" +
                                (serviceLogin is null ? "" : $"service_login = {serviceLogin}\n") + extra);
        OsUsers[account] = accountUid;
        OsUid = accountUid;
        ConfigPath = path;
        return path;
    }

    /// <summary>Runs as a person through sudo on a configured server: SUDO_USER and SUDO_UID as sudo sets them.</summary>
    public OpsResult Sudo(string login, int uid, params string[] args)
    {
        OsUsers[login] = uid;
        Environment["SUDO_USER"] = login;
        Environment["SUDO_UID"] = uid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try { return RunAs(OsUsers.First(u => u.Value == OsUid).Key, args); }
        finally { Environment.Remove("SUDO_USER"); Environment.Remove("SUDO_UID"); }
    }

    /// <summary>When false, only <see cref="PluginRoots"/> are searched.</summary>
    public bool BundledPlugins { get; set; } = true;

    /// <summary>The folder the in-process <c>ops</c> believes it runs from (its bundled plugins lie under plugins/);
    /// by default <see cref="HostOutDir"/>, a test may point it at a copy.</summary>
    public string AppDirectory { get; set; } = HostOutDir;

    /// <summary>The host's build output folder (holding the bundled plugins under plugins/).</summary>
    public static string HostOutDir => Metadata("OpsHostOutDir");

    /// <summary>The repository root.</summary>
    public static string RepoRoot => Metadata("OpsRepoRoot");

    /// <summary>A new empty folder; call <see cref="Init"/> (or run <c>init</c>) to create the store.</summary>
    public static OpsTestStore Empty(bool bundledPlugins = true, params string[] pluginRoots) =>
        Empty(TestEngine.Sqlite, bundledPlugins, pluginRoots);

    /// <summary>A new empty store on <paramref name="engine"/>; call <see cref="Init"/> (or run <c>init</c>) to create it.</summary>
    public static OpsTestStore Empty(TestEngine engine, bool bundledPlugins = true, params string[] pluginRoots)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ops-test-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(dir);
        var store = new OpsTestStore(dir, engine) { BundledPlugins = bundledPlugins };
        store.PluginRoots.AddRange(pluginRoots);
        return store;
    }

    /// <summary>A new store whose first admin is the OS user "admin".</summary>
    public static OpsTestStore Create(bool bundledPlugins = true, params string[] pluginRoots) =>
        Create(TestEngine.Sqlite, bundledPlugins, pluginRoots);

    /// <summary>A new store on <paramref name="engine"/> whose first admin is the OS user "admin".</summary>
    public static OpsTestStore Create(TestEngine engine, bool bundledPlugins = true, params string[] pluginRoots)
    {
        var store = Empty(engine, bundledPlugins, pluginRoots);
        // Created at the start of the year, so that a test may set any later time: the audit refuses to go back.
        var now = store.Now;
        store.Now = Created;
        store.Run("init", "--name", "Admin Adminov").ShouldSucceed();
        store.Now = now;
        return store;
    }

    /// <summary>Runs <c>ops ARGS</c> in-process as <see cref="OsLogin"/>.</summary>
    public OpsResult Run(params string[] args) => RunAs(OsLogin, args);

    /// <summary>Runs <c>ops ARGS</c> in-process as the given OS user.</summary>
    public OpsResult RunAs(string osLogin, params string[] args) => RunInto(new StringWriter(), osLogin, args);

    /// <summary>Runs <c>ops ARGS</c> in-process with stdout going to <paramref name="output"/> (e.g. one that fails midway).</summary>
    public OpsResult RunInto(TextWriter output, string osLogin, params string[] args)
    {
        var error = new StringWriter();
        var code = OpsApp.Run(args, HostEnvironmentFor(output, error, osLogin));
        return new OpsResult(code, output.ToString() ?? "", error.ToString(), args);
    }

    /// <summary>The environment a run as <paramref name="osLogin"/> sees (the store, the clock, the plugin roots).</summary>
    internal HostEnvironment HostEnvironmentFor(TextWriter output, TextWriter error, string osLogin)
    {
        var variables = new Dictionary<string, string>(Environment, StringComparer.Ordinal) { ["HOME"] = Directory };
        if (ConfigPath is null) variables["OPS_DB"] = DbPath;
        else variables.TryAdd("OPS_CONFIG", ConfigPath);
        return new HostEnvironment(output, error, variables, osLogin, AppDirectory, Clock ?? HostEnvironment.ClockFrom(Now.ToString("O")))
        {
            ExtraPluginRoots = PluginRoots,
            IncludeBundledPlugins = BundledPlugins,
            OsUid = OsUid,
            Users = OsUsers.Count > 0 ? new Ops.Host.Identity.FixedUserDatabase(OsUsers) : Ops.Host.Identity.SystemUserDatabase.Instance,
        };
    }

    /// <summary>Adds a staff member whose OS login equals their staff login.</summary>
    public void AddStaff(string login, string role, string team = "", string? name = null, string? email = null)
    {
        var args = new List<string> { "staff", "add", login, "--name", name ?? login, "--role", role };
        if (team.Length > 0) args.AddRange(["--team", team]);
        if (email is not null) args.AddRange(["--email", email]);
        Run([.. args]).ShouldSucceed();
    }

    /// <summary>Writes a file in the store's folder and returns its path.</summary>
    public string WriteFile(string name, string content, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    /// <summary>Runs raw SQL on the store, around Ops (to simulate tampering or set up odd states).</summary>
    public void Sql(string sql)
    {
        if (_setting is not null)
        {
            TestPostgres.Run(_setting, sql);
            return;
        }
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>One value read around Ops (to check what a refused change left behind); SQLite stores only.</summary>
    public object? Scalar(string sql)
    {
        if (_setting is not null) throw new InvalidOperationException("Scalar reads a store file; this store is on PostgreSQL");
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public void Dispose()
    {
        if (_schema is not null) TestPostgres.DropSchema(_schema);
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }

    private static string Metadata(string key) =>
        typeof(OpsTestStore).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
}
