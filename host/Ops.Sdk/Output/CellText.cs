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
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join("; ", e.Cast<object?>().Select(Of)),
        _ => value.ToString() ?? "",
    };
}
