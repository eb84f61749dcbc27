using System.Globalization;
using System.Text.RegularExpressions;
using PhoneNumbers;
using Ops.Sdk.Validation;

namespace Ops.Clients.Data;

/// <summary>Parsing and normalising the values people type or import: phones, e-mails, money, dates, flags.</summary>
internal static partial class Values
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>A phone in E.164 (+79125550102), with ";ext=N" when it has an extension ("доб. 123", "ext. 123"),
    /// parsed and validated by libphonenumber against the numbering plan. Numbers without a country code are
    /// Russian ("8 (912) 555-01-02", "9125550102"). Null when the text is not a valid phone number.</summary>
    public static string? Phone(string text) => ParsePhone(text).Phone;

    /// <summary>Null when the phone is acceptable, else the problem.</summary>
    public static string? PhoneProblem(string text) => ParsePhone(text).Problem;

    private static (string? Phone, string? Problem) ParsePhone(string text)
    {
        var t = ExtensionWord().Replace(text.Trim(), " ext. ");
        if (t.Length is 0 or > 40 || t.Any(c => char.IsLetter(c) && c is not ('e' or 'x' or 't')))
            return (null, $"'{text}' is not a phone number");
        PhoneNumber number;
        try { number = Phones.Parse(t, "RU"); }
        catch (NumberParseException) { return (null, $"'{text}' is not a phone number"); }
        if (!Phones.IsValidNumber(number))
        {
            var why = Phones.IsPossibleNumberWithReason(number) switch
            {
                PhoneNumberUtil.ValidationResult.TOO_SHORT => "too short",
                PhoneNumberUtil.ValidationResult.TOO_LONG => "too long",
                PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => "an unknown country code",
                _ => "not in the numbering plan",
            };
            return (null, $"'{text}' is not a valid phone number ({why} for +{number.CountryCode})");
        }
        var e164 = Phones.Format(number, PhoneNumberFormat.E164);
        return (number.HasExtension ? $"{e164};ext={number.Extension}" : e164, null);
    }

    [GeneratedRegex(@"(?i)\s*,?\s*(доб\.?|добавочный|вн\.?|внутр\.?)\s*")]
    private static partial Regex ExtensionWord();

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
