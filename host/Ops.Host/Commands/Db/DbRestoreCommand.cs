using System.CommandLine;
using Ops.Sdk.Cli;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Audit;
using Ops.Host.Store;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands.Db;

/// <summary><c>ops db restore FILE --force</c>: replaces the store's content with a backup made by <c>ops db backup</c>,
/// after checking that the backup is an intact Ops store, and keeps a copy of what it replaces.</summary>
internal static class DbRestoreCommand
{
    public static Command Create(OpsSession s)
    {
        var path = new Argument<string>("file") { Description = "A backup made by ops db backup" };
        var force = OpsOptions.Force("Confirm that the store's current content is to be replaced");
        var command = new Command("restore",
            "Replace the store with a backup (checked first: integrity, schema, audit chain); what it replaces is kept as a backup " +
            "in the backup folder (on a developer's machine: beside FILE)")
        {
            path, force,
        };
        command.WithExamples("ops db restore /var/backups/ops/ops-2026-11-26.db");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.DbManage);
            if (s.Store.Engine == StoreEngine.Postgres)
                throw new UnavailableException($"ops db restore replaces an SQLite store file; {s.Store.Describe} is a PostgreSQL store",
                    "restore a backup made by ops db backup (pg_dump's custom format) with pg_restore into a new empty database or schema, " +
                    "run ops audit verify on it, then point the store setting at it (docs/scale.md#backups)");
            var source = Path.GetFullPath(parse.GetValue(path)!);
            if (!File.Exists(source)) throw new NotFoundException($"backup {source} does not exist", "list the backups: ls " + (s.Deployment.Config?.BackupDirectory ?? "DIR"));
            if (Path.GetFullPath(source) == s.DbPath) throw new InvalidInputException($"{source} is the store itself", "name a backup file");
            var audit = Check(source);
            if (!parse.GetValue(force))
                throw new UsageException($"restoring replaces everything in {s.DbPath} with {source} ({audit.Events} audit events)",
                    "add --force to confirm; the current content is kept as a backup first");
            var safety = DbBackupCommand.Copy(s, DbBackupCommand.DefaultTarget(s, "before-restore", Path.GetDirectoryName(source)));
            var replaced = AuditVerifier.Verify(s.Store);
            using (var backup = Open(source, SqliteOpenMode.ReadOnly)) backup.BackupDatabase((SqliteConnection)s.Store.Connection);
            s.PluginStates.Changed();
            s.Audit.Record("db.restore", details:
                $"restored {source} (sha256 {Sha256(source)}); the replaced store ended at event {replaced.Events} ({replaced.HeadHash}) and is kept in {safety}");
            s.Output.Message($"Restored {s.DbPath} from {source}; what it replaced is in {safety}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The backup must be an Ops store this code can run, intact, with an intact audit chain.</summary>
    private static AuditVerifier.Result Check(string source)
    {
        try
        {
            using var connection = Open(source, SqliteOpenMode.ReadOnly);
            using var store = SqliteStore.Wrap(connection, source);
            var integrity = store.Query("PRAGMA integrity_check", r => r.GetString(0)).FirstOrDefault();
            if (integrity != "ok") throw new InvalidInputException($"{source} is damaged: {integrity}", "choose an older backup");
            var migrator = new Migrator(store, TimeProvider.System);
            var (current, appliedBy) = migrator.Current(Migrator.HostId);
            if (current == 0) throw new InvalidInputException($"{source} is not an Ops store (it has no host schema)", "name a file made by ops db backup");
            Migrator.EnsureNotNewer(Migrator.HostId, OpsSession.HostVersion, Migration.ForHost().Count, current, appliedBy);
            var audit = AuditVerifier.Verify(store);
            return audit.Intact ? audit
                : throw new InvalidInputException($"{source}: its audit chain is broken at event {audit.BadEventId}: {audit.Problem}",
                    "choose another backup; keep this one as evidence");
        }
        catch (SqliteException e)
        {
            throw new InvalidInputException($"{source} is not a readable SQLite store: {e.Message}", "name a file made by ops db backup");
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
