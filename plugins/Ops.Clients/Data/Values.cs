using System.Globalization;
using System.Text;
using Ops.Sdk.Validation;

namespace Ops.Clients.Data;

/// <summary>Parsing and normalising the values people type or import: phones, e-mails, money, dates, flags.</summary>
internal static class Values
{
    /// <summary>A Russian phone as +7XXXXXXXXXX (from "8 (912) 555-01-02", "+7 912 5550102", "9125550102"), or null.</summary>
    public static string? Phone(string text)
    {
        var digits = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsAsciiDigit(ch)) digits.Append(ch);
            else if (ch is not (' ' or '-' or '(' or ')' or '+' or '.' or '\u00a0')) return null;
        }
        var d = digits.ToString();
        if (d.Length == 10) d = "7" + d;
        if (d.Length == 11 && d[0] == '8') d = "7" + d[1..];
        return d.Length == 11 && d[0] == '7' ? "+" + d : null;
    }

    /// <summary>Null when the phone is acceptable, else the problem.</summary>
    public static string? PhoneProblem(string text) =>
        Phone(text) is null ? $"'{text}' is not a Russian phone number" : null;

    /// <summary>The e-mail lower-cased when valid, else null.</summary>
    public static string? Email(string text)
    {
        var t = text.Trim();
        return MailAddress.AddressProblem(t) is null ? t.ToLowerInvariant() : null;
    }

    /// <summary>Roubles as "12500", "12500.00", "12 500,00" → kopecks, or null.</summary>
    public static long? Kopecks(string text)
    {
        var t = text.Replace(" ", "").Replace("\u00a0", "").Replace(',', '.').Trim();
        if (t.Length == 0) return 0;
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var roubles)) return null;
        if (decimal.Round(roubles, 2) != roubles || roubles > 1_000_000_000m) return null;
        return (long)(roubles * 100);
    }

    /// <summary>A date as YYYY-MM-DD (or DD.MM.YYYY, as Russian software writes it), or null.</summary>
    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    /// <summary>yes/no in English or Russian, or null when neither.</summary>
    public static bool? Flag(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "true" or "1" or "да" or "д" => true,
        "no" or "n" or "false" or "0" or "нет" or "н" or "" => false,
        _ => null,
    };

    /// <summary>A status in English or Russian, or null.</summary>
    public static string? Status(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "active" or "активный" or "действующий" => "active",
        "paused" or "приостановлен" => "paused",
        "left" or "ушёл" or "ушел" => "left",
        _ => null,
    };

    /// <summary>Splits a "|"-separated list, trimming and dropping empties.</summary>
    public static string[] List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Kopecks as roubles.</summary>
    public static decimal Roubles(long kopecks) => kopecks / 100m;
}
