namespace Ops.Sdk.Directory;

/// <summary>One person in the firm's staff directory.</summary>
public sealed record StaffMember(
    string Login,
    string FullName,
    string Role,
    string Email,
    string Team,
    string? Manager,
    DateOnly? HireDate,
    DateOnly? NoticeDate,
    DateOnly? LeavingDate,
    StaffStatus Status)
{
    /// <summary>True when the person has given notice and has not left yet on <paramref name="today"/>.</summary>
    public bool IsDeparting(DateOnly today) => NoticeDate is { } n && n <= today && !HasLeft(today);

    /// <summary>True on and after the leaving date, or when the status says so.</summary>
    public bool HasLeft(DateOnly today) => Status == StaffStatus.Left || (LeavingDate is { } l && l <= today);
}

/// <summary>Where a person stands with the firm.</summary>
public enum StaffStatus
{
    /// <summary>Working.</summary>
    Active,
    /// <summary>Has given notice; still working until the leaving date.</summary>
    Notice,
    /// <summary>Gone; holds no access.</summary>
    Left,
}
