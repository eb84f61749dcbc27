using System.CommandLine;
using Ops.Host.App;
using Ops.Host.Catalog;
using Ops.Host.Store;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Db;

internal static class DbStatusCommand
{
    internal sealed record Schema(string Owner, string Version, int Applied, int Known, string State);

    public static Command Create(OpsSession s)
    {
        var format = FormatOption.Create();
        var command = new Command("status", "Show the store's path and, per owner, migrations applied and pending") { format };
        command.WithExamples("ops db status");
        command.SetAction(parse =>
        {
            _ = s.Actor;
            s.Output.Message(s.Store.Engine == StoreEngine.Sqlite ? $"store: {s.DbPath} ({new FileInfo(s.DbPath).Length / 1024} KiB)" : $"store: {s.Store.Describe} (PostgreSQL)");
            s.Output.Rows(Schemas(s), Columns, parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static readonly IReadOnlyList<Column<Schema>> Columns =
    [
        Column.Of<Schema>("owner", x => x.Owner), Column.Of<Schema>("version", x => x.Version),
        Column.Of<Schema>("applied", x => x.Applied), Column.Of<Schema>("known", x => x.Known), Column.Of<Schema>("state", x => x.State),
    ];

    internal static IEnumerable<Schema> Schemas(OpsSession s)
    {
        var migrator = new Migrator(s.Store, s.Env.Clock);
        yield return Describe("ops", OpsSession.HostVersion, migrator.Current(Migrator.HostId).Version, Migration.ForHost().Count);
        foreach (var e in s.Catalog.Entries.Where(e => e.State != PluginState.Malformed))
            yield return Describe(e.Id, e.Manifest.Version, migrator.Current(e.Id).Version, Migration.FromDirectory(e.MigrationsDirectory).Count);
    }

    private static Schema Describe(string owner, string version, int applied, int known) =>
        new(owner, version, applied, known,
            applied > known ? "store is newer than the code" : applied < known ? $"{known - applied} pending" : "up to date");
}
