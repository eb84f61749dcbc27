using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Access;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Staff;

internal static class StaffListCommand
{
    public static Command Create(OpsSession s)
    {
        var format = FormatOption.Create();
        var team = Args.Text("--team", "Only this team", "TEAM");
        var current = new Option<bool>("--current") { Description = "Leave out people who have left" };
        var command = new Command("list", "List staff (as far as your staff.view scope reaches)") { format, team, current };
        command.WithExamples("ops staff list --current", "ops staff list --team north --format csv --delimiter ';' --bom > staff.csv   # for Excel");
        command.SetAction(parse =>
        {
            var scope = s.Access.Demand(HostPermissions.StaffView);
            var today = s.Today;
            var teamFilter = parse.GetValue(team);
            var rows = s.Staff.All()
                .Where(m => PersonScope.Reaches(scope, s.Actor, m))
                .Where(m => teamFilter is null || m.Team == teamFilter)
                .Where(m => !parse.GetValue(current) || !m.HasLeft(today));
            s.Output.Rows(rows, StaffColumns.All, parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
