using Ops.Host.App;
using Ops.Sdk.Departure;
using Ops.Sdk.Store;

namespace Ops.Host.Staff;

/// <summary>The host's part of a departure plan: their activity watched from the notice, the grants given to them personally
/// revoked, and their access ending after the last day.</summary>
internal static class HostDepartureSteps
{
    public static IEnumerable<DepartureStep> For(OpsSession s, DepartingPerson person, DateOnly today)
    {
        var login = person.Login;
        var last = person.LastWorkingDay.ToIso();
        yield return person.NoticeDate is { } notice
            ? new DepartureStep("ops.watch", "Watch their activity closely from the notice date", StepState.Done, notice, "ops risk",
                $"notice recorded on {notice.ToIso()}: from then on their actions are audited as a departing person's and put first by ops risk")
            : new DepartureStep("ops.watch", "Record the notice date, so that their activity is watched as a departing person's", StepState.Pending,
                today, $"ops staff leave {login} --last-day {last} --notice-date YYYY-MM-DD", "no notice date recorded");

        var personal = s.Store.Query("SELECT permission, scope FROM ops_grants WHERE subject = $Subject ORDER BY permission",
            r => $"{r.GetString(0)} ({r.GetString(1)})", new { Subject = "person:" + login }).ToList();
        var revokeBy = person.NoticeDate ?? person.LastWorkingDay;
        yield return personal.Count == 0
            ? new DepartureStep("ops.grants", "Revoke the permissions granted to them personally", StepState.Done, revokeBy, null,
                "no personal grants; they hold only what their role gives")
            : new DepartureStep("ops.grants", "Revoke the permissions granted to them personally", StepState.Pending, revokeBy,
                $"ops access revoke {personal[0].Split(' ')[0]} --person {login}",
                $"{personal.Count} personal grant(s): {string.Join(", ", personal)} — one revoke per permission");

        var firstDayWithout = person.LastWorkingDay.AddDays(1);
        yield return new DepartureStep("ops.access", "Their access ends at the end of their last working day",
            firstDayWithout <= today ? StepState.Done : StepState.Pending, firstDayWithout, null,
            $"automatic: from {firstDayWithout.ToIso()} 00:00 firm time they hold no access (to move the date: ops staff leave {login} --last-day DATE)");
    }
}
