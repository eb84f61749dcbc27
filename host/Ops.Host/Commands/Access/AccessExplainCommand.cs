using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Output;

namespace Ops.Host.Commands.Access;

internal static class AccessExplainCommand
{
    public static Command Create(OpsSession s)
    {
        var login = Args.Login("Whose access to explain");
        var permission = new Argument<string>("permission") { Description = "The permission, e.g. clients.contacts" };
        var format = FormatOption.Create();
        var command = new Command("explain", "Say why a person may or may not use a permission, and with which scope")
        {
            login, permission, format,
        };
        command.SetAction(parse =>
        {
            var who = parse.GetValue(login)!;
            if (who != s.Actor.Login) s.Access.Demand(HostPermissions.AccessManage);
            var decision = s.Access.DecideFor(who, parse.GetValue(permission)!);
            s.Output.Record(
            [
                new("person", who), new("permission", decision.Permission), new("allowed", decision.Allowed),
                new("scope", decision.Scope?.Text()), new("reason", decision.Reason),
            ], parse.GetValue(format));
            return decision.Allowed ? 0 : Ops.Sdk.Errors.ExitCodes.Denied;
        });
        return command;
    }
}
