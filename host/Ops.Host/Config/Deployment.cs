using Ops.Host.App;
using Ops.Host.Identity;
using Ops.Host.Store;
using Ops.Sdk.Errors;

namespace Ops.Host.Config;

/// <summary>What one run of <c>ops</c> may use, decided once before anything else from facts the caller cannot
/// forge: the root-owned configuration, the uid the process runs as, and sudo's variables checked against the
/// user database. On a configured server the store and plugin folder come from the configuration only.</summary>
internal sealed record Deployment(OpsConfig? Config, string DbPath, string InstalledPluginsRoot, OsCaller Caller, OpsException? Refusal)
{
    /// <summary>Variables that pin the clock or the OS login: honoured on sandbox stores only (the demo's, tests').</summary>
    public static readonly string[] SandboxVariables = ["OPS_NOW", "OPS_OS_LOGIN"];

    /// <summary>What a caller could pass to reach another store, plugin folder, clock or identity.</summary>
    private static readonly string[] OverrideVariables = ["OPS_DB", "OPS_PLUGIN_PATH", .. SandboxVariables];

    public bool IsConfigured => Config is not null;

    /// <summary>True when the run is the service account itself, not a person through sudo (cron, a hook).</summary>
    public bool IsServiceAccountRun => Config is not null && Caller.Login == Config.Account;

    public static Deployment Decide(HostEnvironment env, GlobalArgs args)
    {
        var config = ConfigFile.Find(env.Get("OPS_CONFIG"));
        if (config is null)
        {
            var db = StoreLocator.Resolve(args.Db, env);
            return new Deployment(null, db, StoreLocator.PluginsFor(db, env), SudoCaller(env), null);
        }

        var accountUid = env.Users.UidOf(config.Account)
                         ?? throw new UnavailableException($"the service account '{config.Account}' named in {config.Path} does not exist",
                             "create it, or reinstall with deploy/install.sh");
        if (env.OsUid != accountUid)
            throw new AccessDeniedException(
                $"on this server Ops runs only as the service account '{config.Account}' ({config.Path}); you are '{env.OsLogin}'",
                $"use: sudo -u {config.Account} ops {string.Join(' ', args.Words)}");
        var caller = SudoCaller(env);
        return new Deployment(config, config.Store, config.PluginDirectory, caller, Overrides(env, args, config));
    }

    /// <summary>The person behind the process: the sudo caller when sudo's own variables agree with the user
    /// database and sudo really switched users; otherwise the process's own user.</summary>
    private static OsCaller SudoCaller(HostEnvironment env)
    {
        if (env.Get("SUDO_USER") is not { } sudoUser) return new OsCaller(env.OsLogin, env.OsUid);
        var sudoUid = env.Get("SUDO_UID");
        if (!int.TryParse(sudoUid, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var uid)
            || env.Users.UidOf(sudoUser) != uid)
            throw new AccessDeniedException(
                $"SUDO_USER '{sudoUser}' and SUDO_UID '{sudoUid}' do not agree with the system's user database",
                "run Ops through sudo itself, or unset SUDO_USER and SUDO_UID");
        return uid == env.OsUid ? new OsCaller(env.OsLogin, env.OsUid) : new OsCaller(sudoUser, uid);
    }

    private static OpsException? Overrides(HostEnvironment env, GlobalArgs args, OpsConfig config)
    {
        var named = OverrideVariables.Where(v => env.Get(v) is not null).ToList();
        if (args.Db is not null) named.Insert(0, "--db");
        if (named.Count > 0)
            return new AccessDeniedException(
                $"on this server the store, the plugin folder and the clock come from {config.Path} only; {string.Join(", ", named)} refused",
                $"run the command without {string.Join(" and ", named)}");
        return null;
    }
}
