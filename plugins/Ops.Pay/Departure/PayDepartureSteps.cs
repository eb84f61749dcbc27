using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk;
using Ops.Sdk.Departure;
using Ops.Sdk.Errors;

namespace Ops.Pay.Departure;

/// <summary>The pay plugin's part of a departure plan: the final statement for the month of the last working day, due on
/// that day (Labor Code art. 140: the final settlement is paid on the day of dismissal), and any clawback of new-client
/// premiums it carries. Steps name counts and rules, never amounts: those stay behind pay.statements.</summary>
internal static class PayDepartureSteps
{
    public static IEnumerable<DepartureStep> For(IOpsContext context, DepartingPerson person)
    {
        var period = Period.Of(person.LastWorkingDay);
        var due = person.LastWorkingDay;
        var closed = Statements.IsClosed(context.Store, period) && Statements.Frozen(context.Store, period).ContainsKey(person.Login);
        var calculated = closed || Calculated(context, person.Login, period);
        var calc = $"ops pay calc --period {period} --person {person.Login}";
        yield return new DepartureStep("pay.final-statement", $"Calculate their final statement for {period} and pay it on the last working day",
            calculated ? StepState.Done : StepState.Pending, due, closed ? null : calc,
            closed ? $"{period} is closed with their statement in it"
            : calculated ? $"calculated ({calc} was run); {period} is closed with ops pay close --period {period} once the month is over"
            : "not calculated yet (art. 140 Labor Code: the final settlement is paid on the day of dismissal)");
        yield return Clawback(context, person, period, due, closed, calc);
    }

    /// <summary>True when someone ran <c>ops pay calc</c> for this person and period (the audit names both).</summary>
    private static bool Calculated(IOpsContext context, string login, Period period) =>
        context.Store.Scalar<long>("""
            SELECT count(*) FROM ops_audit_records_v1 s JOIN ops_audit_records_v1 p ON p.event_id = s.event_id
            WHERE s.action = 'pay.statements.view' AND s.result = 'ok' AND s.record = $Staff AND p.record = $Period
            """, new { Staff = "staff:" + login, Period = "period:" + period }) > 0;

    private static DepartureStep Clawback(IOpsContext context, DepartingPerson person, Period period, DateOnly due, bool closed, string calc)
    {
        const string id = "pay.clawback";
        var title = $"Take back new-client premiums due in {period} (clients who left within the plan's clawback months)";
        IReadOnlyList<Statement> statements;
        try
        {
            statements = Statements.Calculate(context.Store, context.Calendar, period, context.Today, PlanStore.Book(context.Store), p => p.Login == person.Login);
        }
        catch (OpsException e)
        {
            return new DepartureStep(id, title, StepState.Pending, due, calc, $"could not calculate {period}: {e.Message}");
        }
        var lines = statements.SelectMany(s => s.Lines).Count(l => l.Rule == Rules.Clawback);
        if (lines == 0) return new DepartureStep(id, title, StepState.NotApplicable, due, null, $"no clawback in their {period} statement");
        return new DepartureStep(id, title, closed ? StepState.Done : StepState.Pending, due, closed ? null : calc,
            $"{lines} clawback line(s) in their {period} statement, never below fixed pay (Labor Code art. 192); " +
            (closed ? $"{period} is closed" : $"settled when {period} is closed: ops pay close --period {period}"));
    }
}
