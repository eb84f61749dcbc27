namespace Ops.Sdk.Directory;

/// <summary>One person in the firm's staff directory. <see cref="LeavingDate"/> is the first day without access;
/// HR's date is <see cref="LastWorkingDay"/>, the day before it (access ends at the end of it, in the firm's time zone).</summary>
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

    /// <summary>True after the last working day (on and after <see cref="LeavingDate"/>), or when the status says so.
    /// <paramref name="today"/> is the firm's date (<see cref="IOpsContext.Today"/>).</summary>
    public bool HasLeft(DateOnly today) => Status == StaffStatus.Left || (LeavingDate is { } l && l <= today);

    /// <summary>The last working day as HR enters it (<c>ops staff leave --last-day</c>): the day before
    /// <see cref="LeavingDate"/>, or null when no departure is recorded. Added in SDK 1.2.</summary>
    public DateOnly? LastWorkingDay => LeavingDate?.AddDays(-1);
}

/// <summary>Where a person stands with the firm.</summary>
public enum StaffStatus
{
    /// <summary>Working.</summary>
    Active,
    /// <summary>Has given notice; still working until the end of the last working day.</summary>
    Notice,
    /// <summary>Gone; holds no access.</summary>
    Left,
}
