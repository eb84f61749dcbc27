using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Staff;

/// <summary><c>ops staff leave LOGIN --last-day DATE [--notice-date DATE]</c>: the dates as HR enters them. Access ends at
/// the end of the last working day in the firm's time zone; from the day after, the person holds nothing.</summary>
internal static class StaffLeaveCommand
{
    public static Command Create(OpsSession s)
    {
        var login = Args.Login();
        var lastDay = Args.Date("--last-day", "The last working day, as in the dismissal order; access ends at the end of it (firm time zone)");
        var notice = Args.Date("--notice-date", "The day notice was given (default: today, or the last day if that is earlier)");
        var date = Args.Date("--date", "Deprecated: the first day WITHOUT access, i.e. the day after the last working day; use --last-day");
        var command = new Command("leave", "Record that a person gave notice and their last working day")
        {
            login, lastDay, notice, date,
        };
        command.WithExamples("ops staff leave volkova --last-day 2026-12-02 --notice-date 2026-11-18   # as in the dismissal order");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.StaffManage);
            var who = parse.GetValue(login)!;
            var today = s.Today;
            var last = LastDay(s, Args.ParseDate(parse.GetValue(lastDay), "--last-day"), Args.ParseDate(parse.GetValue(date), "--date"));
            var noticeDate = Args.ParseDate(parse.GetValue(notice), "--notice-date") ?? (last < today ? last : today);
            if (noticeDate > last)
                throw new InvalidInputException($"--notice-date {noticeDate.ToIso()} is after the last working day {last.ToIso()}", "notice comes before the last day");
            var gone = last < today;
            s.Store.Write(() =>
            {
                if (s.Store.Execute("UPDATE ops_staff SET notice_date = $N, last_day = $Last, leaving_date = $Leaving, status = $S WHERE login = $Login",
                        new { N = noticeDate, Last = last, Leaving = last.AddDays(1), S = gone ? "left" : "notice", Login = who }) == 0)
                    throw new NotFoundException($"no staff member '{who}'", "see: ops staff list");
                s.Audit.Record("staff.leave", ["staff:" + who], details: $"notice {noticeDate.ToIso()}, last day {last.ToIso()}");
            });
            s.Output.Message(gone
                ? $"{who}'s last working day was {last.ToIso()}; they hold no access."
                : $"{who} gave notice on {noticeDate.ToIso()}; last working day {last.ToIso()}, access ends at the end of it " +
                  $"(firm time); their activity is now watched closely. Their departure plan: ops staff offboard {who}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The last working day from <c>--last-day</c>, or from the deprecated <c>--date</c> (the day after it).</summary>
    private static DateOnly LastDay(OpsSession s, DateOnly? lastDay, DateOnly? firstDayWithout)
    {
        if (lastDay is { } last && firstDayWithout is null) return last;
        if (lastDay is null && firstDayWithout is { } without)
        {
            s.Output.Message($"ops: warning: --date is deprecated; it means the first day without access, so the last working day " +
                             $"recorded is {without.AddDays(-1).ToIso()}. Next time write: --last-day {without.AddDays(-1).ToIso()}");
            return without.AddDays(-1);
        }
        throw new UsageException(lastDay is null ? "the last working day is missing" : "--last-day and --date both given",
            "give the last working day: --last-day YYYY-MM-DD (--date, deprecated, is the day after it)");
    }
}
