using Ops.Sdk.Access;

namespace Ops.Clients.Access;

/// <summary>What a scope means for client records, as SQL over a client alias (docs/contracts.md):
/// own = the actor is the owner-side contact; assigned = a current assignment of the actor;
/// team = a current assignment of anyone in the actor's team; all = every client.
/// A wider scope includes the narrower ones. Parameters: $ScopeLogin, $ScopeTeam, $ScopeToday.</summary>
internal static class ClientScope
{
    private const string Current = "sa.from_date <= $ScopeToday AND (sa.to_date IS NULL OR sa.to_date > $ScopeToday)";

    public static string Predicate(Scope? scope, string alias = "c")
    {
        var own = $"COALESCE({alias}.owner_contact, '') = $ScopeLogin";
        var assigned = $"EXISTS (SELECT 1 FROM clients_assignments sa WHERE sa.client_id = {alias}.id AND sa.login = $ScopeLogin AND {Current})";
        var team = $"EXISTS (SELECT 1 FROM clients_assignments sa JOIN ops_staff_v1 st ON st.login = sa.login " +
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

    /// <summary>The parameters the predicate uses, for <paramref name="login"/> on <paramref name="today"/>.</summary>
    public static Dictionary<string, object?> Args(string login, string team, DateOnly today) => new()
    {
        ["ScopeLogin"] = login,
        ["ScopeTeam"] = team,
        ["ScopeToday"] = today,
    };

    public static string Text(this Scope? scope) => scope?.ToString().ToLowerInvariant() ?? "none";
}
