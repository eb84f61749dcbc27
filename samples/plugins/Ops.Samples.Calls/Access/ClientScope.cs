using Ops.Sdk.Access;

namespace Ops.Samples.Calls.Access;

/// <summary>The client registry's scope semantics (docs/contracts.md), written over its published views:
/// own = the actor is the client's owner_contact; assigned = a current assignment of the actor;
/// team = a current assignment of anyone in the actor's team; all = every client. A wider scope includes
/// the narrower ones. Parameters: $ScopeLogin, $ScopeTeam, $ScopeToday.</summary>
internal static class ClientScope
{
    private const string Current = "sa.from_date <= $ScopeToday AND (sa.to_date IS NULL OR sa.to_date > $ScopeToday)";

    public static string Predicate(Scope? scope, string alias = "c")
    {
        var own = $"COALESCE({alias}.owner_contact, '') = $ScopeLogin";
        var assigned = $"EXISTS (SELECT 1 FROM client_assignments_v1 sa WHERE sa.client_id = {alias}.id AND sa.login = $ScopeLogin AND {Current})";
        var team = "EXISTS (SELECT 1 FROM client_assignments_v1 sa JOIN ops_staff_v1 st ON st.login = sa.login " +
                   $"WHERE sa.client_id = {alias}.id AND st.team = $ScopeTeam AND st.team <> '' AND {Current})";
        return scope switch
        {
            null => "1 = 0",
            Scope.Own => $"({own})",
            Scope.Assigned => $"({own} OR {assigned})",
            Scope.Team => $"({own} OR {assigned} OR {team})",
            _ => "1 = 1",
        };
    }

    public static Dictionary<string, object?> Args(string login, string team, DateOnly today) => new()
    {
        ["ScopeLogin"] = login,
        ["ScopeTeam"] = team,
        ["ScopeToday"] = today.ToString("yyyy-MM-dd"),
    };

    public static Scope? Narrower(Scope? a, Scope? b) => a is null || b is null ? null : (Scope)Math.Min((int)a, (int)b);

    public static string Text(Scope? scope) => scope?.ToString().ToLowerInvariant() ?? "none";
}
