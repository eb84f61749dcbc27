using Ops.Sdk.Directory;

namespace Ops.Sdk.Access;

/// <summary>What a scope means for records that belong to a person (staff entries, documents, pay statements, tasks):
/// own and assigned = the actor's own (people are not assigned to people); team = the actor and everyone in the
/// actor's team (a person with no team has only themself); all = everyone.</summary>
public static class PersonScope
{
    /// <summary>Whether <paramref name="scope"/> held by <paramref name="actor"/> reaches <paramref name="person"/>'s records.</summary>
    public static bool Reaches(Scope? scope, Actor actor, StaffMember person) => Reaches(scope, actor, person.Login, person.Team);

    /// <summary>The same for a person known by login and team.</summary>
    public static bool Reaches(Scope? scope, Actor actor, string login, string team) => scope switch
    {
        null => false,
        Scope.All => true,
        Scope.Team => login == actor.Login || (actor.Team.Length > 0 && team == actor.Team),
        _ => login == actor.Login,
    };

    /// <summary>The logins whose records <paramref name="scope"/> reaches, or null for everyone (scope all).</summary>
    public static HashSet<string>? Logins(Scope? scope, Actor actor, IStaffDirectory staff)
    {
        if (scope == Scope.All) return null;
        var logins = new HashSet<string>(StringComparer.Ordinal);
        if (scope is null) return logins;
        logins.Add(actor.Login);
        if (scope == Scope.Team && actor.Team.Length > 0)
            foreach (var m in staff.All().Where(m => m.Team == actor.Team)) logins.Add(m.Login);
        return logins;
    }
}
