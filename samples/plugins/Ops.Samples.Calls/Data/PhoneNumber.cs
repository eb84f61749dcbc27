using System.Text;

namespace Ops.Samples.Calls.Data;

/// <summary>Russian phone numbers the way the client registry keeps them (+7XXXXXXXXXX), and the mask
/// shown to people who may not see a client's contacts.</summary>
internal static class PhoneNumber
{
    /// <summary>+7XXXXXXXXXX from "8 (912) 555-01-02", "79125550102", "+7 912 555 01 02" or a 10-digit
    /// "9125550102"; null for anything else (extensions like "101", service numbers, text).</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var digits = new StringBuilder(12);
        foreach (var ch in text.Trim())
        {
            if (char.IsAsciiDigit(ch)) digits.Append(ch);
            else if (ch is not (' ' or '-' or '(' or ')' or '+' or '.' or '\u00a0')) return null;
        }
        var d = digits.ToString();
        if (d.Length == 10) d = "7" + d;
        if (d.Length == 11 && d[0] == '8') d = "7" + d[1..];
        return d.Length == 11 && d[0] == '7' ? "+" + d : null;
    }

    /// <summary>+79125550112 → "+7 9•• •••-••-12", as the client registry masks phones.</summary>
    public static string Mask(string phone)
    {
        var d = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (d.Length < 4) return "•••";
        var first = d.Length == 11 ? d[1] : d[0];
        return $"+7 {first}•• •••-••-{d[^2..]}";
    }
}
