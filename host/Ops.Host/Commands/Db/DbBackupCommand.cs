using System.CommandLine;
using Microsoft.Data.Sqlite;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Store;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands.Db;

internal static class DbBackupCommand
{
    public static Command Create(OpsSession s)
    {
        var path = new Argument<string>("path") { Description = "Where to write the copy (must not exist)" };
        var command = new Command("backup", "Copy the store while it is in use, with SQLite's online backup (the copy is mode 0600)") { path };
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.DbManage);
            var target = Path.GetFullPath(parse.GetValue(path)!);
            if (File.Exists(target)) throw new ConflictException($"{target} already exists", "choose a new file name; backups are never overwritten");
            var dir = Path.GetDirectoryName(target)!;
            if (!Directory.Exists(dir)) throw new NotFoundException($"folder {dir} does not exist");
            PrivateFile.Create(target);
            try
            {
                using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
                destination.Open();
                ((SqliteConnection)s.Store.Connection).BackupDatabase(destination);
            }
            catch
            {
                File.Delete(target);
                throw;
            }
            s.Audit.Record("db.backup", details: target);
            s.Output.Message($"Backed up {s.DbPath} to {target}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
