using System.Globalization;
namespace Ops.Sdk.Validation;

/// <summary>Check-digit validation of Russian taxpayer and registration numbers.</summary>
public static class RussianIds
{
    private static readonly int[] Inn10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Inn12First = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Inn12Second = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

    /// <summary>Null when <paramref name="inn"/> is a valid 10-digit (organisation) or 12-digit
    /// (individual) INN; otherwise what is wrong with it.</summary>
    public static string? InnProblem(string inn)
    {
        if (!IsDigits(inn) || inn.Length is not (10 or 12))
            return $"INN '{inn}' must be 10 digits (an organisation) or 12 digits (an individual)";
        var ok = inn.Length == 10
            ? CheckDigit(inn, Inn10) == inn[9] - '0'
            : CheckDigit(inn, Inn12First) == inn[10] - '0' && CheckDigit(inn, Inn12Second) == inn[11] - '0';
        return ok ? null : $"INN '{inn}' has a wrong check digit (mistyped?)";
    }

    /// <summary>Null when <paramref name="ogrn"/> is a valid 13-digit OGRN or 15-digit OGRNIP.</summary>
    public static string? OgrnProblem(string ogrn)
    {
        if (!IsDigits(ogrn) || ogrn.Length is not (13 or 15))
            return $"OGRN '{ogrn}' must be 13 digits (OGRN) or 15 digits (OGRNIP)";
        var body = long.Parse(ogrn[..^1], CultureInfo.InvariantCulture);
        var expected = ogrn.Length == 13 ? body % 11 % 10 : body % 13 % 10;
        return expected == ogrn[^1] - '0' ? null : $"OGRN '{ogrn}' has a wrong check digit (mistyped?)";
    }

    /// <summary>Null when <paramref name="kpp"/> is 9 characters: 4 digits, 2 digits or capital letters, 3 digits.</summary>
    public static string? KppProblem(string kpp)
    {
        var ok = kpp.Length == 9 && IsDigits(kpp[..4]) && IsDigits(kpp[6..])
                 && kpp[4..6].All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
        return ok ? null : $"KPP '{kpp}' must be 9 characters: 4 digits, 2 digits or capital letters, 3 digits";
    }

    private static int CheckDigit(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * (digits[i] - '0');
        return sum % 11 % 10;
    }

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
