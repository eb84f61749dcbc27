namespace Ops.Sdk.Directory;

/// <summary>Read access to the host's staff directory (also published as the SQL view <c>ops_staff_v1</c>).</summary>
public interface IStaffDirectory
{
    /// <summary>The person with this login, or null.</summary>
    StaffMember? Find(string login);

    /// <summary>Everyone, ordered by login.</summary>
    IReadOnlyList<StaffMember> All();
}
