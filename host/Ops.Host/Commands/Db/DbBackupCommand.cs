using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Store;
using Ops.Host.Store.Postgres;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Db;

internal static class DbBackupCommand
{
    public static Command Create(OpsSession s)
    {
        var path = new Argument<string?>("path")
        {
            Description = "Where to write the copy (must not exist; default on a server: the configured backup folder)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("backup", "Copy the store while it is in use: SQLite's online backup, or pg_dump's custom format for a PostgreSQL store (the copy is mode 0600)") { path };
        command.WithExamples("ops db backup /var/backups/ops/ops-2026-11-26.db", "ops db backup   # on a server: into the configured backup folder");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.DbManage);
            var target = parse.GetValue(path) is { } given ? Path.GetFullPath(given) : DefaultTarget(s, "backup");
            Copy(s, target);
            s.Output.Message($"Backed up {s.DbPath} to {target}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A new file in the configured backup folder (else <paramref name="fallback"/>), named by the time.</summary>
    public static string DefaultTarget(OpsSession s, string kind, string? fallback = null)
    {
        var dir = s.Deployment.Config?.BackupDirectory ?? fallback
                  ?? throw new UsageException("name the file to back up to", "ops db backup FILE (a server's configuration names a backup folder)");
        var stamp = s.Env.Clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return Path.Combine(dir, $"ops-{kind}-{stamp}.{(s.Store.Engine == StoreEngine.Postgres ? "dump" : "db")}");
    }

    /// <summary>Copies the live store into a new private file, records it, and returns the path.</summary>
    public static string Copy(OpsSession s, string target)
    {
        if (File.Exists(target)) throw new ConflictException($"{target} already exists", "choose a new file name; backups are never overwritten");
        var dir = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(dir)) throw new NotFoundException($"folder {dir} does not exist");
        if (Path.GetFullPath(dir) == Path.GetDirectoryName(s.DbPath))
            throw new InvalidInputException($"{target} is beside the store", "write backups to another folder (a copy beside the store dies with it)");
        s.Files.Check(target);
        s.Audit.Record("db.backup", details: target);
        if (s.Store.Engine == StoreEngine.Postgres)
            return s.Files.WriteVia(target, temp => PgDump.Write(PostgresTarget.Parse(s.DbPath), temp));
        return s.Files.WriteVia(target, temp =>
        {
            using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString());
            destination.Open();
            ((SqliteConnection)s.Store.Connection).BackupDatabase(destination);
        });
    }
}
