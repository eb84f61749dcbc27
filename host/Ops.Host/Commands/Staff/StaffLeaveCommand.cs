using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Host.Commands.Staff;

internal static class StaffLeaveCommand
{
    public static Command Create(OpsSession s)
    {
        var login = Args.Login();
        var date = Args.Date("--date", "Leaving date; from it on the person holds no access");
        var notice = Args.Date("--notice-date", "The day notice was given (default: today)");
        date.Required = true;
        var command = new Command("leave", "Record that a person gave notice and when they leave") { login, date, notice };
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.StaffManage);
            var who = parse.GetValue(login)!;
            var today = s.Today;
            var leaving = Args.ParseDate(parse.GetValue(date), "--date")!.Value;
            var noticeDate = Args.ParseDate(parse.GetValue(notice), "--notice-date") ?? (leaving < today ? leaving : today);
            if (noticeDate > leaving)
                throw new InvalidInputException($"--notice-date {noticeDate.ToIso()} is after --date {leaving.ToIso()}", "notice comes before leaving");
            var status = leaving <= today ? "left" : "notice";
            s.Store.Write(() =>
            {
                if (s.Store.Execute("UPDATE ops_staff SET notice_date = $N, leaving_date = $L, status = $S WHERE login = $Login",
                        new { N = noticeDate, L = leaving, S = status, Login = who }) == 0)
                    throw new NotFoundException($"no staff member '{who}'", "see: ops staff list");
                s.Audit.Record("staff.leave", ["staff:" + who], details: $"notice {noticeDate.ToIso()}, leaving {leaving.ToIso()}");
            });
            s.Output.Message(status == "left"
                ? $"{who} has left as of {leaving.ToIso()} and holds no access."
                : $"{who} gave notice on {noticeDate.ToIso()} and leaves on {leaving.ToIso()}; their activity is now watched closely.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
