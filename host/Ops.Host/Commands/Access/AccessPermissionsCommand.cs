using System.CommandLine;
using Ops.Host.App;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Access;

internal static class AccessPermissionsCommand
{
    public static Command Create(OpsSession s)
    {
        var format = FormatOption.Create();
        var command = new Command("permissions", "List every permission the host and the installed plugins declare") { format };
        command.WithExamples("ops access permissions");
        command.SetAction(parse =>
        {
            s.Output.Rows(PermissionRegistry.All(s),
            [
                Column.Of<PermissionRegistry.Known>("permission", p => p.Id),
                Column.Of<PermissionRegistry.Known>("declared_by", p => p.Owner),
                Column.Of<PermissionRegistry.Known>("description", p => p.Description),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
