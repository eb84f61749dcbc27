using System.Globalization;
using System.Text;
using Ops.Sdk.Validation;

/// <summary>INN, OGRN and OGRNIP with valid check digits, each verified with the SDK's own validation.</summary>
sealed partial class Firm
{
    string Digits(int n) { var sb = new StringBuilder(); for (var i = 0; i < n; i++) sb.Append((char)('0' + rnd.Next(10))); return sb.ToString(); }
    static int Check(string d, int[] w) { var s = 0; for (var i = 0; i < w.Length; i++) s += w[i] * (d[i] - '0'); return s % 11 % 10; }

    string Inn10()
    {
        var body = (rnd.Next(2) == 0 ? "77" : "50") + Digits(7);
        return Valid(body + Check(body, [2, 4, 10, 3, 5, 9, 4, 6, 8]), RussianIds.InnProblem);
    }

    string Inn12()
    {
        var body = (rnd.Next(2) == 0 ? "77" : "50") + Digits(8);
        body += Check(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
        return Valid(body + Check(body, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]), RussianIds.InnProblem);
    }

    string Ogrn13(string region)
    {
        var body = "1" + rnd.Next(10, 25).ToString(CultureInfo.InvariantCulture) + region + Digits(7);
        return Valid(body + long.Parse(body, CultureInfo.InvariantCulture) % 11 % 10, RussianIds.OgrnProblem);
    }

    string Ogrnip(string region)
    {
        var body = "3" + rnd.Next(10, 25).ToString(CultureInfo.InvariantCulture) + region + Digits(9);
        return Valid(body + long.Parse(body, CultureInfo.InvariantCulture) % 13 % 10, RussianIds.OgrnProblem);
    }

    static string Valid(string id, Func<string, string?> problem) => problem(id) is { } p ? throw new InvalidOperationException(p) : id;
}
