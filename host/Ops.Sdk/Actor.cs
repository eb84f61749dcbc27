namespace Ops.Sdk;

/// <summary>The person a command acts as.</summary>
/// <param name="Login">The staff login the command acts as (the target of <c>--as</c> when given).</param>
/// <param name="RealLogin">The staff login of the person who actually ran the command.</param>
/// <param name="Role">The role of <paramref name="Login"/>.</param>
/// <param name="Team">The team of <paramref name="Login"/>, or empty.</param>
public sealed record Actor(string Login, string RealLogin, string Role, string Team)
{
    /// <summary>True when an admin runs the command on another person's behalf.</summary>
    public bool IsImpersonated => !string.Equals(Login, RealLogin, StringComparison.Ordinal);
}
