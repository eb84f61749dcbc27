using Ops.Sdk.Access;
using Ops.Sdk.Errors;

namespace Ops.Host.Access;

internal static class ScopeText
{
    public static string Text(this Scope scope) => scope.ToString().ToLowerInvariant();

    public static Scope Parse(string text) => text switch
    {
        "own" => Scope.Own,
        "assigned" => Scope.Assigned,
        "team" => Scope.Team,
        "all" => Scope.All,
        _ => throw new UsageException($"scope '{text}' is not one of own, assigned, team, all"),
    };
}
