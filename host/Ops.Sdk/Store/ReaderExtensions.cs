using System.Data.Common;
using System.Globalization;

namespace Ops.Sdk.Store;

/// <summary>Typed, null-aware reads by column name. Dates are stored as ISO-8601 text.</summary>
public static class ReaderExtensions
{
    /// <summary>The text in <paramref name="column"/>, or empty when null.</summary>
    public static string Text(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? "" : r.GetString(i);
    }

    /// <summary>The text in <paramref name="column"/>, or null.</summary>
    public static string? TextOrNull(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetString(i);
    }

    /// <summary>The integer in <paramref name="column"/>, or 0 when null.</summary>
    public static long Int(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? 0 : r.GetInt64(i);
    }

    /// <summary>The decimal stored as text (exact) or number in <paramref name="column"/>, or 0 when null.</summary>
    public static decimal Money(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        if (r.IsDBNull(i)) return 0m;
        var v = r.GetValue(i);
        return v is string s ? decimal.Parse(s, CultureInfo.InvariantCulture) : Convert.ToDecimal(v, CultureInfo.InvariantCulture);
    }

    /// <summary>The ISO date (yyyy-MM-dd) in <paramref name="column"/>, or null.</summary>
    public static DateOnly? Date(this DbDataReader r, string column)
    {
        var s = r.TextOrNull(column);
        return string.IsNullOrEmpty(s) ? null : DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The boolean stored as 0/1 in <paramref name="column"/>.</summary>
    public static bool Flag(this DbDataReader r, string column) => r.Int(column) != 0;

    /// <summary>Formats a date the way the store keeps it.</summary>
    public static string? ToIso(this DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a date the way the store keeps it.</summary>
    public static string ToIso(this DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
