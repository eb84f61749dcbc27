using Ops.Sdk;
using Ops.Sdk.Departure;

namespace Ops.Samples.Calls.Departure;

/// <summary>The calls plugin's step in a departure plan (<c>IOpsPlugin.DepartureSteps</c>, SDK 1.2): her corporate lines
/// go to someone who stays, by the morning after her last day, so clients who call her number reach the firm.</summary>
internal static class CallDepartureSteps
{
    public static IEnumerable<DepartureStep> For(IOpsContext ops, DepartingPerson person)
    {
        var lines = ops.Store.Query("SELECT line FROM calls_lines WHERE login = $Login AND corporate = 1 ORDER BY line", r => r.GetString(0),
            new { person.Login }).ToList();
        var due = person.LastWorkingDay.AddDays(1);
        const string title = "Move their corporate phone lines to someone who stays";
        yield return lines.Count == 0
            ? new DepartureStep("calls.lines", title, StepState.Done, due, null, "no corporate line is registered to them")
            : new DepartureStep("calls.lines", title, StepState.Pending, due, $"ops calls lines move --from {person.Login} --to LOGIN",
                $"{lines.Count} line(s) still theirs: {string.Join(", ", lines)}");
    }
}
