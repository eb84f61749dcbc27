namespace Ops.Sdk.Output;

/// <summary>RFC 4180 quoting, with a guard against spreadsheet formula injection.</summary>
public static class CsvText
{
    /// <summary>Quotes a field when needed. A text that a spreadsheet would run as a formula
    /// (starting with =, @, a tab or CR, or + / - not followed by a plain number) gets a leading apostrophe.</summary>
    public static string Field(string text)
    {
        if (LooksLikeFormula(text)) text = "'" + text;
        var needsQuotes = text.AsSpan().IndexOfAny(",;\"\r\n") >= 0 || text.StartsWith(' ') || text.EndsWith(' ');
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static bool LooksLikeFormula(string text)
    {
        if (text.Length == 0) return false;
        var first = text[0];
        if (first is '=' or '@' or '\t' or '\r') return true;
        if (first is not ('+' or '-')) return false;
        // "+7 (912) 555-01-02" and "-15.50" are data, not formulas.
        return text.AsSpan(1).ContainsAnyExcept("0123456789 ()-.,");
    }
}
