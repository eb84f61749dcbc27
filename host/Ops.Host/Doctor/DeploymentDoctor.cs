using System.Diagnostics;
using Ops.Host.App;
using Ops.Host.Audit;
using Ops.Host.Catalog;
using Ops.Host.Config;

namespace Ops.Host.Doctor;

/// <summary>Checks a deployment the way an auditor would: who owns what, whether sudo's rule is sound, whether the
/// plugins are the ones pinned, whether the audit chain still reaches the head saved elsewhere, whether there is a
/// recent backup, and whether the store is intact.</summary>
internal sealed class DeploymentDoctor(OpsSession s)
{
    public IEnumerable<DoctorCheck> Run()
    {
        var config = s.Deployment.Config;
        var ownerUid = config is null ? s.Env.OsUid : s.Env.Users.UidOf(config.Account);
        var owner = config?.Account ?? s.Env.OsLogin;
        yield return config is null
            ? DoctorCheck.Pass("configuration", $"none ({OpsConfig.DefaultPath} absent): a developer's machine, the caller's own store")
            : FileChecks.RootOwned("configuration", config.Path);
        yield return FileChecks.Private("store folder", Path.GetDirectoryName(s.DbPath)!, ownerUid, owner);
        yield return FileChecks.Private("store", s.DbPath, ownerUid, owner);
        foreach (var suffix in new[] { "-wal", "-shm" })
            if (File.Exists(s.DbPath + suffix)) yield return FileChecks.Private("store" + suffix, s.DbPath + suffix, ownerUid, owner);
        if (config is not null)
        {
            if (Directory.Exists(config.PluginDirectory))
                yield return FileChecks.Unwritable("plugin folder", config.PluginDirectory, ownerUid, owner);
            yield return Sudoers(config);
            yield return Backups(config);
        }
        if (!s.StoreExists) yield break;
        yield return Integrity();
        yield return AuditChain(config);
        yield return Plugins();
    }

    private static DoctorCheck Sudoers(OpsConfig config)
    {
        if (config.SudoersFile is not { } path)
            return DoctorCheck.Fail("sudoers", $"{config.Path} names no sudoers drop-in", "reinstall with deploy/install.sh, which writes one");
        var owned = FileChecks.RootOwned("sudoers", path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        if (!owned.Ok) return owned;
        string text;
        try { text = File.ReadAllText(path); }
        catch (UnauthorizedAccessException) { return DoctorCheck.Pass("sudoers", owned.Detail + " (contents readable by root only: run ops doctor as root to parse it)"); }
        var visudo = new[] { "/usr/sbin/visudo", "/sbin/visudo" }.FirstOrDefault(File.Exists);
        if (visudo is null) return DoctorCheck.Fail("sudoers", "visudo is not installed, so the rule cannot be checked", "apt-get install sudo");
        var check = Process.Start(new ProcessStartInfo(visudo, ["-cf", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var said = check.StandardOutput.ReadToEnd() + check.StandardError.ReadToEnd();
        check.WaitForExit();
        if (check.ExitCode != 0) return DoctorCheck.Fail("sudoers", $"visudo -cf {path}: {said.Trim()}", "reinstall with deploy/install.sh");
        return text.Contains($"({config.Account})", StringComparison.Ordinal)
            ? DoctorCheck.Pass("sudoers", owned.Detail + ", parsed by visudo")
            : DoctorCheck.Fail("sudoers", $"{path} does not let anyone run Ops as {config.Account}", "reinstall with deploy/install.sh");
    }

    private static DoctorCheck Backups(OpsConfig config)
    {
        if (config.BackupDirectory is not { } dir || !Directory.Exists(dir))
            return DoctorCheck.Fail("backup", $"no backup folder ({config.BackupDirectory ?? "backups is not set"})", "reinstall with deploy/install.sh, which makes it and a cron job");
        var newest = new DirectoryInfo(dir).EnumerateFiles("*.db").MaxBy(f => f.LastWriteTimeUtc);
        if (newest is null) return DoctorCheck.Fail("backup", $"no backup in {dir}", "run: sudo -u " + config.Account + " ops db backup");
        var age = DateTime.UtcNow - newest.LastWriteTimeUtc;
        return age.TotalHours <= config.BackupMaxAgeHours
            ? DoctorCheck.Pass("backup", $"{newest.FullName}, {age.TotalHours:0.#} h old")
            : DoctorCheck.Fail("backup", $"the newest backup {newest.FullName} is {age.TotalHours:0} h old (more than {config.BackupMaxAgeHours} h)",
                "check the cron job in /etc/cron.d and run: sudo -u " + config.Account + " ops db backup");
    }

    private DoctorCheck Integrity()
    {
        var problems = s.Store.Query("PRAGMA quick_check", r => r.GetString(0)).Where(r => r != "ok").ToList();
        return problems.Count == 0
            ? DoctorCheck.Pass("store integrity", "SQLite quick_check: ok")
            : DoctorCheck.Fail("store integrity", string.Join("; ", problems.Take(3)), "restore the last good backup: ops db restore FILE");
    }

    private DoctorCheck AuditChain(OpsConfig? config)
    {
        if (config?.AuditHeadFile is { } headFile && !File.Exists(headFile))
            return DoctorCheck.Fail("audit chain", $"no head kept elsewhere ({headFile} is missing)", "install the cron job of deploy/install.sh");
        var saved = config?.AuditHeadFile is { } file ? AuditHeadText.Read(file) : null;
        var result = AuditVerifier.Verify(s.Store, saved);
        if (!result.Intact)
            return DoctorCheck.Fail("audit chain", $"broken at event {result.BadEventId}: {result.Problem}",
                "see: ops audit verify --head-file " + (config?.AuditHeadFile ?? "FILE") + "; docs/deploy.md");
        return DoctorCheck.Pass("audit chain", saved is null
            ? $"intact, {result.Events} events (no head kept elsewhere is configured)"
            : $"intact, {result.Events} events; reaches the head kept in {config!.AuditHeadFile} (event {saved.Id})");
    }

    private DoctorCheck Plugins()
    {
        var bad = PluginFailures.Of(s, PluginState.Tampered, PluginState.Malformed, PluginState.FailedToLoad);
        return bad.Count == 0
            ? DoctorCheck.Pass("plugins", $"{s.Catalog.Entries.Count} plugin(s) match their pins")
            : DoctorCheck.Fail("plugins", string.Join("; ", bad), "see: ops plugins verify");
    }
}
