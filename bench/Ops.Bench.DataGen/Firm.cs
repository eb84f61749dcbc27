namespace Ops.Bench.DataGen;

/// <summary>The generated firm's people and who leads and backs up each client, decided once so every file agrees.</summary>
internal sealed class Firm
{
    public sealed record Person(string Login, string FullName, string Role, string Email, string Team);

    private static readonly string[] Surnames = ["Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова", "Морозов"];
    private static readonly string[] Given = ["Анна", "Борис", "Вера", "Глеб", "Дарья", "Егор", "Жанна", "Илья", "Ксения", "Лев"];

    public List<Person> Staff { get; } = [];
    public List<string> Accountants { get; } = [];
    public Random Random { get; }

    public Firm(Options o)
    {
        Random = new Random(o.Seed);
        for (var i = 1; i <= o.Staff; i++)
        {
            var role = i == 1 ? "director" : i % 10 == 2 ? "team-lead" : "accountant";
            var login = role switch { "director" => "dir1", "team-lead" => $"lead{i}", _ => $"acc{i}" };
            var name = $"{Surnames[Random.Next(Surnames.Length)]} {Given[Random.Next(Given.Length)]} ({i})";
            var email = i <= o.Mailboxes ? $"{login}@firm.example" : "";
            Staff.Add(new Person(login, name, role, email, $"team{(i - 1) / 10 + 1}"));
            if (role == "accountant") Accountants.Add(login);
        }
        if (Accountants.Count == 0) Accountants.Add(Staff[^1].Login);
    }

    public string LeadOf(int client) => Accountants[client % Accountants.Count];
    public string BackupOf(int client) => Accountants[(client + 7) % Accountants.Count];

    /// <summary>A valid 10-digit organisation INN, unique per client number.</summary>
    public static string Inn(int client)
    {
        int[] weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        var body = "77" + client.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += weights[i] * (body[i] - '0');
        return body + (sum % 11 % 10);
    }
}
