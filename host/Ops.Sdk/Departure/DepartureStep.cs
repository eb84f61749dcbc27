namespace Ops.Sdk.Departure;

/// <summary>Where one step of a departure plan stands.</summary>
public enum StepState
{
    /// <summary>Still to do.</summary>
    Pending = 0,
    /// <summary>Done; the plan shows how it knows.</summary>
    Done = 1,
    /// <summary>Nothing to do for this person (e.g. no corporate lines).</summary>
    NotApplicable = 2,
}

/// <summary>One step of <c>ops staff offboard</c>, contributed by the plugin that can do it.</summary>
/// <param name="Id">Stable id, prefixed with the plugin id: <c>clients.reassign</c>.</param>
/// <param name="Title">What to do, in a sentence an owner can delegate.</param>
/// <param name="State">Done, pending or not applicable, judged from the store.</param>
/// <param name="Due">The day by which it should be done (a pending step past it makes the plan exit 1).</param>
/// <param name="Command">The command that does it, or null when it is done outside Ops.</param>
/// <param name="Detail">How the state was judged, or what the step covers (e.g. "12 clients, 3 without backup").</param>
public sealed record DepartureStep(string Id, string Title, StepState State, DateOnly Due, string? Command, string? Detail);
