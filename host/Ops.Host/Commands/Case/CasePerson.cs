using Ops.Host.App;
using Ops.Sdk.Departure;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands.Case;

/// <summary>The person an evidence pack is about, with the dates as HR means them: the directory's leaving date is the
/// first day without access, so the last working day is the day before it.</summary>
internal static class CasePerson
{
    public static (StaffMember Staff, DepartingPerson Person) Find(OpsSession s, string login)
    {
        var staff = s.Staff.Find(login) ?? throw new NotFoundException($"no staff member '{login}'", "see: ops staff list");
        if (staff.LeavingDate is not { } leaving)
            throw new InvalidInputException($"{login} has no leaving date, so there is no departure to put in a pack",
                $"record it first: ops staff leave {login} --date YYYY-MM-DD --notice-date YYYY-MM-DD");
        return (staff, new DepartingPerson(staff.Login, staff.FullName, staff.NoticeDate, leaving.AddDays(-1)));
    }
}
