sealed record Person(string Login, string Name, string Role, string Team, string Hire, string Email);

/// <summary>The firm's people and who has signed the trade-secret documents.</summary>
sealed partial class Firm
{
    public static readonly Person[] Staff =
    [
        new("sokolov", "Андрей Соколов", "director", "", "2015-02-02", ""),
        new("belova", "Елена Белова", "partner", "", "2016-04-01", "sokolov"),
        new("orlova", "Наталья Орлова", "team-lead", "north", "2017-09-01", "sokolov"),
        new("kuznetsov", "Дмитрий Кузнецов", "team-lead", "south", "2018-03-12", "sokolov"),
        new("morozova", "Ольга Морозова", "team-lead", "west", "2019-06-03", "sokolov"),
        new("volkova", "Марина Волкова", "accountant", "north", "2020-02-10", "orlova"),
        new("ivanova", "Мария Иванова", "accountant", "north", "2021-05-17", "orlova"),
        new("petrov", "Игорь Петров", "accountant", "north", "2023-01-16", "orlova"),
        new("smirnova", "Анна Смирнова", "accountant", "south", "2019-10-01", "kuznetsov"),
        new("fedorova", "Татьяна Федорова", "accountant", "south", "2022-08-15", "kuznetsov"),
        new("nikitin", "Павел Никитин", "accountant", "south", "2024-02-05", "kuznetsov"),
        new("pavlova", "Юлия Павлова", "accountant", "west", "2020-11-09", "morozova"),
        new("egorova", "Светлана Егорова", "accountant", "west", "2023-07-03", "morozova"),
        new("zaitseva", "Ксения Зайцева", "accountant", "west", "2025-03-03", "morozova"),
    ];

    // Who signed the acknowledgment and the NDA (and when); the others have not, which ops risk reports.
    static readonly string[] UnsignedBoth = ["fedorova", "nikitin"];
    static readonly string[] UnsignedNda = ["zaitseva"];

    static string[] Accountants(string team) => Staff.Where(p => p.Team == team && p.Role == "accountant").Select(p => p.Login).ToArray();
    static string LeadOf(string team) => Staff.Single(p => p.Team == team && p.Role == "team-lead").Login;

    /// <summary>Everyone signed the acknowledgment and the NDA when the regime was introduced, except a few.</summary>
    public static IEnumerable<string> Signatures()
    {
        foreach (var login in Staff.Select(p => p.Login).Prepend("admin").Where(l => !UnsignedBoth.Contains(l)))
        {
            yield return $"ops docs sign --person {login} --doc acknowledgment --date 2026-08-28";
            if (!UnsignedNda.Contains(login)) yield return $"ops docs sign --person {login} --doc nda --date 2026-08-28";
        }
    }
}
