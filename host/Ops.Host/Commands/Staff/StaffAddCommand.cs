using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Staff;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Staff;

internal static class StaffAddCommand
{
    public static Command Create(OpsSession s)
    {
        var login = Args.Login("The new person's staff login");
        var options = new StaffOptions();
        var command = new Command("add", "Add a person to the staff directory") { login };
        options.AddTo(command);
        command.WithExamples("ops staff add volkova --name \"Марина Волкова\" --role accountant --team north --manager orlova --email volkova@balans.example", "ops staff add sokolov --name \"Андрей Соколов\" --role director --hire-date 2015-02-02");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.StaffManage);
            var who = parse.GetValue(login)!;
            StaffRules.ValidateLogin(who);
            var values = options.Values(parse, s.Store);
            if (!values.ContainsKey("full_name")) throw new UsageException("--name is required");
            if (!values.ContainsKey("role")) throw new UsageException("--role is required", "e.g. --role accountant; see: ops access roles");
            values["login"] = who;
            values.TryAdd("os_login", who);
            values.TryAdd("hire_date", s.Today);
            s.Store.Write(() =>
            {
                if (s.Store.Scalar<long>("SELECT count(*) FROM ops_staff WHERE login = $L OR os_login = $O",
                        new { L = who, O = values["os_login"] }) > 0)
                    throw new ConflictException($"'{who}' (or OS login '{values["os_login"]}') is already in the staff directory",
                        $"change it with: ops staff update {who} …");
                var columns = string.Join(", ", values.Keys);
                var parameters = string.Join(", ", values.Keys.Select(k => "$" + k));
                s.Store.Execute($"INSERT INTO ops_staff ({columns}) VALUES ({parameters})", values.AsReadOnly());
                s.Audit.Record("staff.add", ["staff:" + who]);
            });
            s.Output.Message($"Added {who}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
