namespace Ops.Sdk.Access;

/// <summary>Deny-by-default permission checks for the current actor.</summary>
public interface IAccessControl
{
    /// <summary>The widest scope the actor holds for <paramref name="permission"/>, with the reason.
    /// Prerequisites declared by other plugins are applied.</summary>
    AccessDecision Decide(string permission);

    /// <summary>The same decision for any staff member (used by reports and <c>ops access explain</c>).</summary>
    AccessDecision DecideFor(string login, string permission);

    /// <summary>Returns the granted scope or throws <see cref="Errors.AccessDeniedException"/> (and audits the denial).</summary>
    Scope Demand(string permission);
}
