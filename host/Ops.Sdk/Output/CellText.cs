using System.Collections;
using System.Globalization;

namespace Ops.Sdk.Output;

/// <summary>How values become text in tables and CSV. Invariant culture, ISO dates.</summary>
public static class CellText
{
    /// <summary>The text of a value.</summary>
    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "yes" : "no",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => Timestamp(t),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join("; ", e.Cast<object?>().Select(Of)),
        _ => value.ToString() ?? "",
    };

    /// <summary>The one timestamp form (docs/output.md): RFC 3339 in UTC with <c>Z</c>, to the second.</summary>
    public static string Timestamp(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
