using Ops.Sdk;
using Ops.Sdk.Access;

namespace Ops.Pay.Data;

/// <summary>What a scope means for pay records, which belong to a person: own = the actor's,
/// assigned/team = everyone in the actor's team (the actor included), all = everyone.</summary>
internal static class PayAccess
{
    /// <summary>The logins whose records the actor may see, or null for everyone.</summary>
    public static HashSet<string>? Visible(IOpsContext context, Scope scope)
    {
        if (scope == Scope.All) return null;
        var me = context.Actor;
        if (scope == Scope.Own || me.Team.Length == 0) return new HashSet<string>(StringComparer.Ordinal) { me.Login };
        var team = context.Staff.All().Where(s => s.Team == me.Team).Select(s => s.Login).ToHashSet(StringComparer.Ordinal);
        team.Add(me.Login);
        return team;
    }

    public static bool Sees(HashSet<string>? visible, string? login) => visible is null || (login is not null && visible.Contains(login));
}
