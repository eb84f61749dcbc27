using Ops.Sdk.Directory;
using Ops.Sdk.Output;

namespace Ops.Host.Commands.Staff;

internal static class StaffColumns
{
    public static readonly IReadOnlyList<Column<StaffMember>> All =
    [
        Column.Of<StaffMember>("login", m => m.Login),
        Column.Of<StaffMember>("full_name", m => m.FullName),
        Column.Of<StaffMember>("role", m => m.Role),
        Column.Of<StaffMember>("team", m => m.Team),
        Column.Of<StaffMember>("email", m => m.Email),
        Column.Of<StaffMember>("manager", m => m.Manager),
        Column.Of<StaffMember>("hire_date", m => m.HireDate),
        Column.Of<StaffMember>("notice_date", m => m.NoticeDate),
        Column.Of<StaffMember>("last_day", m => m.LastWorkingDay),
        Column.Of<StaffMember>("leaving_date", m => m.LeavingDate),
        Column.Of<StaffMember>("status", m => m.Status.ToString().ToLowerInvariant()),
    ];

    public static IReadOnlyList<KeyValuePair<string, object?>> Fields(StaffMember m) =>
        All.Select(c => new KeyValuePair<string, object?>(c.Key, c.Value(m))).ToList();
}
