using Ops.Host.App;
using Ops.Host.Staff;
using Ops.Sdk.Departure;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands.Case;

/// <summary>The person an evidence pack is about, with HR's dates (the same as their departure plan's).</summary>
internal static class CasePerson
{
    public static (StaffMember Staff, DepartingPerson Person) Find(OpsSession s, string login)
    {
        var staff = s.Staff.Find(login) ?? throw new NotFoundException($"no staff member '{login}'", "see: ops staff list");
        return (staff, DeparturePlan.Person(staff));
    }
}
