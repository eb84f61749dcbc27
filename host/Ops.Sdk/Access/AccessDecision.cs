namespace Ops.Sdk.Access;

/// <summary>The answer to "may this person use this permission, and how far".</summary>
/// <param name="Permission">The permission asked about.</param>
/// <param name="Scope">The widest scope granted, or null when denied.</param>
/// <param name="Reason">Which grant allowed it, or why nothing did; meant to be shown to people.</param>
public sealed record AccessDecision(string Permission, Scope? Scope, string Reason)
{
    /// <summary>True when some scope is granted.</summary>
    public bool Allowed => Scope is not null;

    /// <summary>True when the granted scope reaches at least <paramref name="needed"/>.</summary>
    public bool Covers(Scope needed) => Scope is { } s && s >= needed;
}
