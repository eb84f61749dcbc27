using Ops.Sdk.Errors;

namespace Ops.Sdk;

/// <summary>The firm's calendar day: what "today" is where the firm works, whatever the server's zone.</summary>
public static class FirmTime
{
    /// <summary>The zone used until an admin sets another (<c>ops firm set --time-zone</c>).</summary>
    public const string DefaultZoneId = "Europe/Moscow";

    /// <summary>The zone named by an IANA id (e.g. <c>Asia/Yekaterinburg</c>), or the default for null or empty.
    /// Throws an invalid-input error naming the id when the system does not know it.</summary>
    public static TimeZoneInfo Zone(string? id)
    {
        var name = string.IsNullOrWhiteSpace(id) ? DefaultZoneId : id.Trim();
        try { return TimeZoneInfo.FindSystemTimeZoneById(name); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Moscow has kept UTC+3 without daylight saving since 2014: a machine without tzdata still gets it right.
            if (name == DefaultZoneId) return TimeZoneInfo.CreateCustomTimeZone(DefaultZoneId, TimeSpan.FromHours(3), DefaultZoneId, DefaultZoneId);
            throw new InvalidInputException($"time zone '{name}' is not known on this system",
                "use an IANA zone id such as Europe/Moscow or Asia/Yekaterinburg (see /usr/share/zoneinfo)");
        }
    }

    /// <summary>The date it is now in <paramref name="zone"/> by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    /// <summary>The instant <paramref name="day"/> begins in <paramref name="zone"/>: its local midnight, or where a clock
    /// change skips midnight, the first local minute that exists; where midnight comes twice, the first of them.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
