using Ops.Sdk;
using Ops.Sdk.Departure;
using Ops.Sdk.Store;

namespace Ops.Clients.Departure;

/// <summary>The registry's part of a departure plan: her clients handed over, and the owner's calls to her key clients.
/// Steps carry counts only — the client names are in <c>ops clients handover</c>, behind its own checks.</summary>
internal static class ClientDepartureSteps
{
    public static IEnumerable<DepartureStep> For(IOpsContext context, DepartingPerson departing)
    {
        var today = context.Today;
        var person = context.Staff.Find(departing.Login);
        if (person is null) yield break;
        var inputs = HandoverData.Load(context, person, today);
        var login = departing.Login;
        var due = departing.LastWorkingDay;
        yield return Handover(context, inputs, login, due);
        var key = inputs.KeyClients();
        const string calls = "The owner calls their key clients personally (largest fees first)";
        if (key.Count == 0)
        {
            yield return new DepartureStep("clients.owner-calls", calls, StepState.NotApplicable, due, null, "no client served since their notice");
            yield break;
        }
        var called = key.Count(inputs.Called);
        yield return new DepartureStep("clients.owner-calls", calls,
            called == key.Count ? StepState.Done : StepState.Pending, due, $"ops clients handover {login} --calls",
            $"{called} of {key.Count} key client(s) called since their notice" +
            (departing.NoticeDate is { } n ? $" ({n.ToIso()})" : "") + "; record a call: ops clients update ID --last-owner-contact DATE");
    }

    private static DepartureStep Handover(IOpsContext context, HandoverInputs inputs, string login, DateOnly due)
    {
        const string title = "Hand their clients over (lead and backup), balanced by the team's load";
        if (inputs.Held.Count == 0)
        {
            var handedOver = context.Store.Scalar<long>("SELECT count(*) FROM clients_assignments WHERE login = $Login", new { Login = login }) > 0;
            return new DepartureStep("clients.handover", title, handedOver ? StepState.Done : StepState.NotApplicable, due, null,
                handedOver ? "they serve no client now; their earlier assignments are closed" : "they have never served a client");
        }
        var moves = inputs.Plan();
        var stuck = moves.Count(m => m.To is null);
        return new DepartureStep("clients.handover", title, StepState.Pending, due, $"ops clients handover {login} --apply",
            $"{inputs.Held.Select(h => h.ClientId).Distinct().Count()} client(s), {inputs.Held.Count(h => h.Role == "lead")} as lead and " +
            $"{inputs.Held.Count(h => h.Role == "backup")} as backup; proposal to {moves.Where(m => m.To is not null).Select(m => m.To).Distinct().Count()} " +
            $"person(s){(stuck > 0 ? $", {stuck} with nobody eligible" : "")} (see it first: ops clients handover {login})");
    }
}
