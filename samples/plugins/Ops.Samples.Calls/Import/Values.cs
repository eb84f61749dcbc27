using System.Globalization;

namespace Ops.Samples.Calls.Import;

/// <summary>Timestamps and durations as PBXes and their exports write them.</summary>
internal static class Values
{
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm",
        "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy H:mm:ss", "dd.MM.yyyy H:mm",
    ];

    public const string TimeHint = "write it as 2026-11-25 14:05:00 (or 25.11.2026 14:05:00)";

    /// <summary>A local date and time, or null. Fractions of a second and a zone, as some exports add, are not accepted: CDRs are local time.</summary>
    public static DateTime? Time(string text) =>
        DateTime.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    /// <summary>Seconds from "125", "02:05" or "00:02:05"; null when it is none of these or negative.</summary>
    public static int? Seconds(string text)
    {
        var s = text.Trim();
        if (s.Length == 0) return null;
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        var parts = s.Split(':');
        if (parts.Length is < 2 or > 3) return null;
        var total = 0;
        foreach (var p in parts)
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return null;
            total = total * 60 + v;
        }
        return total;
    }

    public static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
