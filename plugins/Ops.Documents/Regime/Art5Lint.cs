using System.Text.RegularExpressions;
using Ops.Documents.Data;

namespace Ops.Documents.Regime;

/// <summary>One list item that 98-FZ art. 5 says cannot be a trade secret.</summary>
internal sealed record Art5Warning(SecretItem Item, string Excluded)
{
    public override string ToString() =>
        $"item {Item.Id} «{Item.TitleRu}» looks like {Excluded}, which 98-FZ art. 5 says cannot be a trade secret; remove it: ops docs secrets remove {Item.Id}";
}

/// <summary>Flags list items naming what art. 5 excludes from the trade secret.</summary>
internal static class Art5Lint
{
    private static readonly (string Excluded, Regex Pattern)[] Rules =
    [
        ("founding documents or register data (art. 5 item 1)",
            Rx(@"учредительн|устав\b|устава|ЕГРЮЛ|ЕГРИП|государственн\w* регистрац|founding document|articles of association|charter|state regist")),
        ("licences and permits (art. 5 item 2)", Rx(@"лиценз|разрешени\w* на осуществлени|licen[cs]e|permit")),
        ("headcount or staff composition (art. 5 item 5)",
            Rx(@"численност|состав\w* работник|состав\w* персонал|штатн\w* расписани|headcount|number of (employees|staff)|staff composition|composition of (the )?staff")),
        ("the system of pay (art. 5 item 5)",
            Rx(@"систем\w* оплаты труда|оплат\w* труда|заработн\w* плат|зарплат|окладах?\b|премировани|систем\w* преми|pay system|system of pay|salar|wage|bonus system|bonus scheme")),
        ("working conditions or labour protection (art. 5 item 5)",
            Rx(@"услови\w* труда|охран\w* труда|производственн\w* травмат|профессиональн\w* заболевани|working conditions|labou?r protection|injur")),
        ("vacancies (art. 5 item 5)", Rx(@"свободн\w* рабоч\w* мест|вакант|ваканси|vacanc|open positions|job openings")),
        ("wage arrears or other debts to employees (art. 5 item 6)", Rx(@"задолженност\w* .*работник|задолженност\w* по (заработной|выплат)|arrears")),
        ("breaches of law and liability for them (art. 5 item 7)", Rx(@"нарушени\w* законодательств|breach(es)? of (the )?law|violations? of (the )?law")),
        ("persons entitled to act without a power of attorney (art. 5 item 10)", Rx(@"без доверенности|without a power of attorney")),
        ("environmental, fire-safety or sanitary conditions (art. 5 item 4)", Rx(@"загрязнени|пожарн|санитарн|экологи|pollution|fire safety|sanitary")),
    ];

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<Art5Warning> Check(IEnumerable<SecretItem> items) =>
        items.SelectMany(i => Problems(i.TitleRu + " " + i.TitleEn).Take(1).Select(e => new Art5Warning(i, e))).ToList();

    public static IEnumerable<string> Problems(string text) =>
        Rules.Where(r => r.Pattern.IsMatch(text)).Select(r => r.Excluded);
}
