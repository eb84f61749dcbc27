using System.CommandLine;
using Ops.Host.App;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Access;

internal static class AccessRolesCommand
{
    private sealed record Role(string Name, string Description, long People, long Grants);

    public static Command Create(OpsSession s)
    {
        var format = FormatOption.Create();
        var command = new Command("roles", "List the roles, how many people hold each and how many grants each has") { format };
        command.WithExamples("ops access roles");
        command.SetAction(parse =>
        {
            _ = s.Actor;
            var rows = s.Store.Query("""
                SELECT r.name, r.description,
                       (SELECT count(*) FROM ops_staff st WHERE st.role = r.name AND st.status <> 'left'),
                       (SELECT count(*) FROM ops_grants g WHERE g.subject = 'role:' || r.name)
                FROM ops_roles r ORDER BY r.name
                """, r => new Role(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3)));
            s.Output.Rows(rows,
            [
                Column.Of<Role>("role", r => r.Name), Column.Of<Role>("description", r => r.Description),
                Column.Of<Role>("people", r => r.People), Column.Of<Role>("grants", r => r.Grants),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
