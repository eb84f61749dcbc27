using System.Text;

/// <summary>The sample firm, drawn from one seeded random sequence: the order of the draws (clients, then tasks) is the
/// files' content, so a change here changes every file after it.</summary>
sealed partial class Firm(Random rnd)
{
    public const string Domain = "balans.example";
    public static readonly DateOnly Today = new(2026, 11, 26);
    public const string Departing = "volkova";

    public List<Client> Clients { get; } = [];
    public int TaskCount { get; private set; }
    private readonly Dictionary<string, StringBuilder> _tasks = [];

    string Pick(string[] items) => items[rnd.Next(items.Length)];
    DateOnly Day(DateOnly from, DateOnly to) => from.AddDays(rnd.Next(to.DayNumber - from.DayNumber + 1));
}
