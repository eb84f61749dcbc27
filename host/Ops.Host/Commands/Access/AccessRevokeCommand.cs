using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Access;

internal static class AccessRevokeCommand
{
    public static Command Create(OpsSession s)
    {
        var target = new GrantTarget();
        var command = new Command("revoke", "Revoke a permission from a role or a person");
        target.AddTo(command);
        command.WithExamples("ops access revoke clients.export --person volkova", "ops access revoke clients.view --role accountant");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.AccessManage);
            var (subject, permission) = target.Resolve(parse, s);
            s.Store.Write(() =>
            {
                if (s.Store.Execute("DELETE FROM ops_grants WHERE subject = $Subject AND permission = $Permission",
                        new { Subject = subject, Permission = permission }) == 0)
                    throw new NotFoundException($"{subject} holds no grant of {permission}", "see: ops access grants");
                s.Audit.Record("access.revoke", [subject], details: permission);
            });
            s.Output.Message($"Revoked {permission} from {subject}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
