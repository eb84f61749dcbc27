using System.Data.Common;
using Ops.Sdk.Directory;
using Ops.Sdk.Store;

namespace Ops.Host.Staff;

/// <summary>The staff directory over <c>ops_staff</c>. The stored truth is HR's <c>last_day</c>; the first day without
/// access (<see cref="StaffMember.LeavingDate"/>, and the <c>leaving_date</c> column that <c>ops_staff_v1</c> publishes)
/// is the day after it.</summary>
internal sealed class StaffDirectory(Func<IStore> store) : IStaffDirectory
{
    private const string Select =
        "SELECT login, os_login, full_name, role, email, team, manager, hire_date, notice_date, last_day, status FROM ops_staff";

    public StaffMember? Find(string login) =>
        store().Query(Select + " WHERE login = $Login", Map, new { Login = login }).FirstOrDefault();

    public StaffMember? FindByOsLogin(string osLogin) =>
        store().Query(Select + " WHERE os_login = $OsLogin", Map, new { OsLogin = osLogin }).FirstOrDefault();

    public IReadOnlyList<StaffMember> All() => store().Query(Select + " ORDER BY login", Map).ToList();

    public string OsLoginOf(string login) =>
        store().Scalar<string>("SELECT os_login FROM ops_staff WHERE login = $Login", new { Login = login }) ?? login;

    internal static StaffMember Map(DbDataReader r) => new(
        r.Text("login"), r.Text("full_name"), r.Text("role"), r.Text("email"), r.Text("team"),
        r.TextOrNull("manager"), r.Date("hire_date"), r.Date("notice_date"), r.Date("last_day")?.AddDays(1),
        Enum.Parse<StaffStatus>(r.Text("status"), ignoreCase: true));
}
