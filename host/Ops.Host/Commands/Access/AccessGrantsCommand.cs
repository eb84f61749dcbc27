using System.CommandLine;
using Ops.Host.App;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Access;

internal static class AccessGrantsCommand
{
    private sealed record Grant(string Subject, string Permission, string Scope);

    public static Command Create(OpsSession s)
    {
        var format = FormatOption.Create();
        var role = Args.Text("--role", "Only grants to this role", "ROLE");
        var command = new Command("grants", "List grants: who holds which permission with which scope") { format, role };
        command.WithExamples("ops access grants --role accountant", "ops access grants --format csv --delimiter ';' --bom > grants.csv   # for Excel");
        command.SetAction(parse =>
        {
            _ = s.Actor;
            var filter = parse.GetValue(role);
            var rows = s.Store.Query("SELECT subject, permission, scope FROM ops_grants WHERE subject = $Subject OR $Subject IS NULL ORDER BY subject, permission",
                r => new Grant(r.GetString(0), r.GetString(1), r.GetString(2)), new { Subject = filter is null ? null : "role:" + filter });
            s.Output.Rows(rows,
            [
                Column.Of<Grant>("subject", g => g.Subject), Column.Of<Grant>("permission", g => g.Permission), Column.Of<Grant>("scope", g => g.Scope),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
