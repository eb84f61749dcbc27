using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Host.Access;

/// <summary>Deny by default: a permission is allowed only by a grant to the person's role or to the
/// person, never to someone who has left, and only when every plugin's prerequisite is met.</summary>
internal sealed class AccessControl(
    Func<IStore> store,
    Func<Actor> actor,
    IStaffDirectory staff,
    IAuditLog audit,
    Func<DateOnly> today,
    Func<string, IEnumerable<IAccessPrerequisite>> prerequisites) : IAccessControl
{
    public AccessDecision Decide(string permission) => DecideFor(actor().Login, permission);

    public AccessDecision DecideFor(string login, string permission)
    {
        var person = staff.Find(login);
        if (person is null) return Deny(permission, $"'{login}' is not in the staff directory");
        if (person.HasLeft(today()))
            return Deny(permission, $"{login} left the firm{(person.LastWorkingDay is { } d ? " (last working day " + d.ToIso() + ")" : "")}; people who have left hold no access");

        // The widest of the role's and the person's grant; the first of equals. A loop over a class, not LINQ over a
        // tuple: every decision runs this (docs/architecture.md, step 2).
        Grant? g = null;
        foreach (var grant in store().Query("""
            SELECT subject, scope FROM ops_grants
            WHERE permission = $Permission AND subject IN ($Role, $Person)
            """, r => new Grant(r.GetString(0), ScopeText.Parse(r.GetString(1))),
            new { Permission = permission, Role = "role:" + person.Role, Person = "person:" + login }))
            if (g is null || grant.Scope > g.Scope) g = grant;
        if (g is null)
            return Deny(permission, $"no grant of {permission} to role {person.Role} or to {login}");

        foreach (var p in prerequisites(permission))
            if (p.Unmet(login) is { } unmet)
                return Deny(permission, $"{permission} is granted ({g.Subject}, {g.Scope.Text()}) but withheld: {unmet}");

        return new AccessDecision(permission, g.Scope, $"granted {permission} with scope {g.Scope.Text()} to {g.Subject}");
    }

    public Scope Demand(string permission)
    {
        var decision = Decide(permission);
        if (decision.Scope is { } scope) return scope;
        audit.Record(permission, result: "denied", details: decision.Reason);
        throw new AccessDeniedException($"denied: {decision.Reason}",
            $"ask an admin to explain or grant it: ops access explain {actor().Login} {permission}");
    }

    private static AccessDecision Deny(string permission, string reason) => new(permission, null, reason);

    private sealed record Grant(string Subject, Scope Scope);
}
