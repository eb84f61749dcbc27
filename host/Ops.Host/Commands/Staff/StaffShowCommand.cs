using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Staff;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Staff;

internal static class StaffShowCommand
{
    public static Command Create(OpsSession s)
    {
        var login = Args.Login();
        var format = FormatOption.Create();
        var command = new Command("show", "Show one person") { login, format };
        command.WithExamples("ops staff show volkova", "ops staff show volkova --format json");
        command.SetAction(parse =>
        {
            var scope = s.Access.Demand(HostPermissions.StaffView);
            var member = StaffLookup.FindFor(s, scope, parse.GetValue(login)!, "that you may see");
            s.Output.Record(StaffColumns.Fields(member), parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
