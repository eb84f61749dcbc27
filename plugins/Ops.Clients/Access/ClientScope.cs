using Ops.Sdk.Access;

namespace Ops.Clients.Access;

/// <summary>What a scope means for client records: the registry's published reach (view client_reach_v1,
/// migration 0004), applied through the SDK's <see cref="ReachView"/> like every other plugin applies it.
/// Parameters: $ScopeLogin, $ScopeToday.</summary>
internal static class ClientScope
{
    /// <summary>SQL true for the clients (alias <paramref name="alias"/>) that <paramref name="scope"/> reaches.</summary>
    public static string Predicate(Scope? scope, string alias = "c") => ReachView.Clients.Predicate(scope, alias + ".id");

    /// <summary>The parameters the predicate uses, for <paramref name="login"/> on <paramref name="today"/>.</summary>
    public static Dictionary<string, object?> Args(string login, DateOnly today) => ReachView.Args(login, today);
}
