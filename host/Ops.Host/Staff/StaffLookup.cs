using Ops.Host.App;
using Ops.Sdk.Access;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;

namespace Ops.Host.Staff;

/// <summary>One person by login, for a command the actor holds with <paramref name="scope"/>.</summary>
internal static class StaffLookup
{
    /// <summary>The staff member, or not found. Out of scope looks the same as absent, so a command cannot be used to
    /// probe who works here; <paramref name="whatYouMay"/> ends the message ("that you may see").</summary>
    public static StaffMember FindFor(OpsSession s, Scope? scope, string login, string whatYouMay) =>
        s.Staff.Find(login) is { } member && PersonScope.Reaches(scope, s.Actor, member)
            ? member
            : throw new NotFoundException($"no staff member '{login}' {whatYouMay}", "see: ops staff list");
}
