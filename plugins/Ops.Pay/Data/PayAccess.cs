using Ops.Sdk;
using Ops.Sdk.Access;

namespace Ops.Pay.Data;

/// <summary>What a scope means for pay records, which belong to a person: <see cref="PersonScope"/> (own and assigned =
/// the actor's, team = everyone in the actor's team, all = everyone).</summary>
internal static class PayAccess
{
    /// <summary>The logins whose records the actor may see, or null for everyone (the SDK's person scope).</summary>
    public static HashSet<string>? Visible(IOpsContext context, Scope scope) => PersonScope.Logins(scope, context.Actor, context.Staff);

    public static bool Sees(HashSet<string>? visible, string? login) => visible is null || (login is not null && visible.Contains(login));
}
