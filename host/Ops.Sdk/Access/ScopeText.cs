using Ops.Sdk.Errors;

namespace Ops.Sdk.Access;

/// <summary>The one spelling of a <see cref="Scope"/>: <c>own</c>, <c>assigned</c>, <c>team</c>, <c>all</c> — in grants,
/// manifests, options and messages. Parse with this, print with this.</summary>
public static class ScopeText
{
    /// <summary>Every scope's name, narrowest first.</summary>
    public static IReadOnlyList<string> Names => NameArray;

    private static readonly string[] NameArray = ["own", "assigned", "team", "all"];

    /// <summary>The scope's name, e.g. <c>team</c>.</summary>
    public static string Text(this Scope scope) => scope switch
    {
        Scope.Own => "own",
        Scope.Assigned => "assigned",
        Scope.Team => "team",
        Scope.All => "all",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "not a scope"),
    };

    /// <summary>The scope's name, or <c>none</c> when nothing is granted.</summary>
    public static string Text(this Scope? scope) => scope is { } s ? s.Text() : "none";

    /// <summary>Reads a scope's name (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? text, out Scope scope)
    {
        var i = text is null ? -1 : Array.IndexOf(NameArray, text);
        scope = i < 0 ? default : (Scope)(i + 1);
        return i >= 0;
    }

    /// <summary>Reads a scope's name, or throws a usage error that lists the valid names.</summary>
    public static Scope Parse(string text) => TryParse(text, out var scope)
        ? scope
        : throw new UsageException($"scope '{text}' is not one of {string.Join(", ", Names)}",
            "use own, assigned, team or all");

    /// <summary>The narrower of two scopes (null, nothing granted, is narrowest).</summary>
    public static Scope? Narrower(Scope? a, Scope? b) => a is null || b is null ? null : (Scope)Math.Min((int)a, (int)b);
}
