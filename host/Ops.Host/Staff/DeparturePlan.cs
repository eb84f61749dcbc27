using Ops.Host.App;
using Ops.Sdk.Departure;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Host.Staff;

/// <summary>One line of <c>ops staff offboard</c>: a step and who contributed it. <see cref="Overdue"/>: still pending
/// after its due date (or a plugin that could not say), which makes the command exit 1 for cron.</summary>
internal sealed record PlanStep(string Source, DepartureStep Step, bool Overdue);

/// <summary>The departure plan of one person: the host's own steps, then every enabled plugin's, in catalog order.
/// A plugin that throws becomes a step about itself; it never hides the others.</summary>
internal static class DeparturePlan
{
    public static DepartingPerson Person(StaffMember member)
    {
        if (member.LastWorkingDay is not { } last)
            throw new ConflictException($"{member.Login} has no last working day recorded, so there is no departure to plan",
                $"record it first: ops staff leave {member.Login} --last-day YYYY-MM-DD [--notice-date YYYY-MM-DD]");
        return new DepartingPerson(member.Login, member.FullName, member.NoticeDate, last);
    }

    public static IReadOnlyList<PlanStep> Gather(OpsSession s, DepartingPerson person)
    {
        var today = s.Today;
        var steps = HostDepartureSteps.For(s, person, today).Select(step => Line("ops", step, today)).ToList();
        foreach (var entry in s.Catalog.Usable.ToList())
        {
            try
            {
                var plugin = s.Plugins.Activate(entry);
                steps.AddRange(plugin.Plugin.DepartureSteps(plugin.Context, person).Select(step => Line(entry.Id, step, today)).ToList());
            }
            catch (Exception e)
            {
                steps.Add(new PlanStep(entry.Id, new DepartureStep($"{entry.Id}.steps", $"Plugin '{entry.Id}' could not list its steps",
                    StepState.Pending, today, $"ops plugins info {entry.Id}", $"{e.GetType().Name}: {e.Message}"), Overdue: true));
            }
        }
        return steps;
    }

    private static PlanStep Line(string source, DepartureStep step, DateOnly today) =>
        new(source, step, step.State == StepState.Pending && step.Due < today);

    public static string StateText(StepState state) => state switch
    {
        StepState.Done => "done",
        StepState.NotApplicable => "n/a",
        _ => "pending",
    };
}
