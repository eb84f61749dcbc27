using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Store;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Db;

/// <summary><c>ops db copy --to TARGET</c>: moves the firm to another store — SQLite to PostgreSQL or back — with
/// every host and plugin table and the audit chain, into an empty target only.</summary>
internal static class DbCopyCommand
{
    public static Command Create(OpsSession s)
    {
        var to = new Option<string>("--to")
        {
            Required = true,
            Description = "The empty store to copy into: a file path, or postgres://USER@HOST:PORT/DATABASE (password in a passfile)",
        };
        var command = new Command("copy", "Copy the whole store into an empty one (e.g. SQLite to PostgreSQL), audit chain included; example: ops db copy --to postgres://ops@db/ops") { to };
        command.WithExamples("ops db copy --to postgres://ops@db.balans.example:5432/ops   # password in ~/.pgpass");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.DbManage);
            var setting = parse.GetValue(to)!;
            if (StoreFactory.EngineOf(setting) == StoreEngine.Sqlite)
            {
                setting = Path.GetFullPath(setting);
                if (File.Exists(setting)) throw new ConflictException($"{setting} already exists", "copy into a new file, or into an empty PostgreSQL database");
                s.Files.Check(setting);
                new OutputFiles([]).WriteVia(setting, _ => { });   // 0600, never over a file
            }
            foreach (var entry in s.Catalog.Usable) s.Plugins.Activate(entry);   // the source at its latest schema, every plugin's tables there
            using var target = StoreFactory.Open(setting, create: true);
            if (target.HasTable("ops_migrations"))
                throw new ConflictException($"the target {target.Describe} already holds an Ops store", "copy only into an empty store: a new file, or a new database or schema");
            s.Audit.Record("db.copy", details: target.Describe);
            new Migrator(target, s.Env.Clock).Apply(Migrator.HostId, OpsSession.HostVersion, Migration.ForHost(target.Engine));
            foreach (var entry in s.Catalog.Usable)
                new Migrator(target, s.Env.Clock).Apply(entry.Id, entry.Manifest.Version,
                    Migration.FromDirectory(entry.MigrationsDirectory, target.Engine), s.Plugins.PolicyFor(entry));
            var rows = StoreCopy.Copy(s.Store, target);
            var head = StoreCopy.SameChain(s.Store, target);
            s.Output.Message($"Copied {rows} rows into {target.Describe}; its audit chain verifies to the same head {head.HeadId}:{head.HeadHash}.");
            s.Output.Message($"Next: point the configuration at it (store = … in ops.conf) and keep the old store read-only as a backup.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
