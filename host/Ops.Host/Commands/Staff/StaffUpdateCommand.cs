using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Staff;

internal static class StaffUpdateCommand
{
    public static Command Create(OpsSession s)
    {
        var login = Args.Login();
        var options = new StaffOptions();
        var command = new Command("update", "Change a person's name, role, e-mail, team, manager or OS login") { login };
        options.AddTo(command);
        command.WithExamples("ops staff update petrov --team south --manager kuznetsov", "ops staff update ivanova --role team-lead");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.StaffManage);
            var who = parse.GetValue(login)!;
            var values = options.Values(parse, s.Store);
            if (values.Count == 0) throw new UsageException("nothing to change", "give at least one option, e.g. --team payroll");
            s.Store.Write(() =>
            {
                var set = string.Join(", ", values.Keys.Select(k => $"{k} = ${k}"));
                values["login"] = who;
                if (s.Store.Execute($"UPDATE ops_staff SET {set} WHERE login = $login", values.AsReadOnly()) == 0)
                    throw new NotFoundException($"no staff member '{who}'", "see: ops staff list");
                s.Audit.Record("staff.update", ["staff:" + who], details: set);
            });
            s.Output.Message($"Updated {who}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
