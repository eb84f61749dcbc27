using System.Globalization;
namespace Ops.Sdk.Validation;

/// <summary>Validation of Russian taxpayer and registration numbers: length, region, record kind and check digits,
/// and whether an INN, OGRN/OGRNIP and KPP can belong to one taxpayer.</summary>
public static class RussianIds
{
    private static readonly int[] Inn10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Inn12First = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Inn12Second = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

    /// <summary>Null when <paramref name="inn"/> is a valid 10-digit (organisation) or 12-digit
    /// (individual) INN; otherwise what is wrong with it. Its first two digits are a region code, never 00.</summary>
    public static string? InnProblem(string inn)
    {
        if (!IsDigits(inn) || inn.Length is not (10 or 12))
            return $"INN '{inn}' must be 10 digits (an organisation) or 12 digits (an individual)";
        if (inn.StartsWith("00", StringComparison.Ordinal))
            return $"INN '{inn}' starts with region 00, which does not exist";
        var ok = inn.Length == 10
            ? CheckDigit(inn, Inn10) == inn[9] - '0'
            : CheckDigit(inn, Inn12First) == inn[10] - '0' && CheckDigit(inn, Inn12Second) == inn[11] - '0';
        return ok ? null : $"INN '{inn}' has a wrong check digit (mistyped?)";
    }

    /// <summary>Null when <paramref name="ogrn"/> is a valid 13-digit OGRN (first digit 1 or 5) or 15-digit
    /// OGRNIP (first digit 3), with a region other than 00 in digits 4–5.</summary>
    public static string? OgrnProblem(string ogrn)
    {
        if (!IsDigits(ogrn) || ogrn.Length is not (13 or 15))
            return $"OGRN '{ogrn}' must be 13 digits (OGRN) or 15 digits (OGRNIP)";
        if (ogrn.Length == 13 && ogrn[0] is not ('1' or '5'))
            return $"OGRN '{ogrn}' must start with 1 or 5 (an organisation's record)";
        if (ogrn.Length == 15 && ogrn[0] != '3')
            return $"OGRNIP '{ogrn}' must start with 3 (a sole trader's record)";
        if (ogrn[3..5] == "00") return $"OGRN '{ogrn}' names region 00, which does not exist";
        var body = long.Parse(ogrn[..^1], CultureInfo.InvariantCulture);
        var expected = ogrn.Length == 13 ? body % 11 % 10 : body % 13 % 10;
        return expected == ogrn[^1] - '0' ? null : $"OGRN '{ogrn}' has a wrong check digit (mistyped?)";
    }

    /// <summary>Null when <paramref name="kpp"/> is 9 characters: 4 digits (tax office, region not 00),
    /// 2 digits or capital letters, 3 digits.</summary>
    public static string? KppProblem(string kpp)
    {
        var ok = kpp.Length == 9 && IsDigits(kpp[..4]) && IsDigits(kpp[6..])
                 && kpp[4..6].All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
        if (!ok) return $"KPP '{kpp}' must be 9 characters: 4 digits, 2 digits or capital letters, 3 digits";
        return kpp.StartsWith("00", StringComparison.Ordinal) ? $"KPP '{kpp}' starts with region 00, which does not exist" : null;
    }

    /// <summary>Null when the identifiers can belong to one taxpayer: an organisation (10-digit INN) has a 13-digit OGRN
    /// and may have a KPP; an individual or sole trader (12-digit INN) has a 15-digit OGRNIP and never a KPP.
    /// Each value is assumed valid on its own; null or empty means not given.</summary>
    public static string? ConsistencyProblem(string inn, string? ogrn, string? kpp)
    {
        var organisation = inn.Length == 10;
        if (!string.IsNullOrEmpty(ogrn) && organisation != (ogrn.Length == 13))
            return organisation
                ? $"INN {inn} is an organisation's (10 digits) but {ogrn} is a sole trader's OGRNIP (15 digits)"
                : $"INN {inn} is an individual's (12 digits) but {ogrn} is an organisation's OGRN (13 digits)";
        if (!organisation && !string.IsNullOrEmpty(kpp))
            return $"INN {inn} is an individual's (12 digits); individuals and sole traders have no KPP";
        return null;
    }

    private static int CheckDigit(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * (digits[i] - '0');
        return sum % 11 % 10;
    }

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
