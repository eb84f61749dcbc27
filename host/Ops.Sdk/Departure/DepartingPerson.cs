namespace Ops.Sdk.Departure;

/// <summary>The person a departure plan or an evidence pack is about, with the dates as HR enters them.</summary>
/// <param name="Login">The staff login.</param>
/// <param name="FullName">The person's full name.</param>
/// <param name="NoticeDate">The day notice was given (or the departure was decided); null when not recorded.</param>
/// <param name="LastWorkingDay">The last working day: access ends at the end of it, in the firm's time zone.</param>
public sealed record DepartingPerson(string Login, string FullName, DateOnly? NoticeDate, DateOnly LastWorkingDay);
