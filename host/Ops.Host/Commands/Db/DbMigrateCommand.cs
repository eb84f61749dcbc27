using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Db;

internal static class DbMigrateCommand
{
    public static Command Create(OpsSession s)
    {
        var command = new Command("migrate", "Apply pending migrations of the host and every enabled plugin (each owner in one transaction)");
        command.WithExamples("ops db migrate");
        command.SetAction(_ =>
        {
            s.Access.Demand(HostPermissions.DbManage);
            foreach (var entry in s.Catalog.Usable.ToList()) s.Plugins.Activate(entry);
            s.Audit.Record("db.migrate");
            s.Output.Rows(DbStatusCommand.Schemas(s), DbStatusCommand.Columns, Sdk.Output.OutputFormat.Table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
