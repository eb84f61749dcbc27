using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands.Access;

internal static class AccessGrantCommand
{
    public static Command Create(OpsSession s)
    {
        var target = new GrantTarget();
        var scope = OpsOptions.OneOf("--scope", "How far it reaches: own, assigned, team or all", "own", "assigned", "team", "all");
        scope.Required = true;
        var command = new Command("grant", "Grant a permission to a role or a person with a scope") { scope };
        target.AddTo(command);
        command.WithExamples("ops access grant clients.view --role accountant --scope assigned", "ops access grant clients.contacts --person orlova --scope team");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.AccessManage);
            var (subject, permission) = target.Resolve(parse, s);
            var scopeValue = ScopeText.Parse(parse.GetValue(scope)!).Text();
            s.Store.Write(() =>
            {
                s.Store.Execute("""
                    INSERT INTO ops_grants (subject, permission, scope) VALUES ($Subject, $Permission, $Scope)
                    ON CONFLICT (subject, permission) DO UPDATE SET scope = excluded.scope
                    """, new { Subject = subject, Permission = permission, Scope = scopeValue });
                s.Audit.Record("access.grant", [subject], details: $"{permission} {scopeValue}");
            });
            s.Output.Message($"Granted {permission} ({scopeValue}) to {subject}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
