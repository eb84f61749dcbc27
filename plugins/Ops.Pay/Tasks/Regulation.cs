using Ops.Pay.Engine;
using Ops.Sdk.Store;

namespace Ops.Pay.Tasks;

/// <summary>Recurring work for every client with a service: due on <see cref="DueDay"/> of the month that
/// comes <see cref="OffsetMonths"/> after the end of each month, quarter or year.</summary>
internal sealed record Regulation(string Code, string Service, string Title, string Every, int DueDay, int OffsetMonths, bool Statutory, int Points)
{
    /// <summary>The reporting period whose task falls due in <paramref name="dueMonth"/>, or null when none does.</summary>
    public (DateOnly From, DateOnly To)? ReportingPeriodDueIn(Period dueMonth)
    {
        var end = dueMonth.Plus(-OffsetMonths);
        var length = Every switch { "quarter" => 3, "year" => 12, _ => 1 };
        if (end.Month % length != 0) return null;
        return (end.Plus(1 - length).First, end.Last);
    }

    /// <summary>Kept for an obligation of the statutory catalog (listed by <c>ops pay obligations list</c>), not written by hand.</summary>
    public bool FromCatalog => Code.StartsWith(Catalog.Obligation.Prefix, StringComparison.Ordinal);

    public DateOnly DueDate(Period dueMonth) => new(dueMonth.Year, dueMonth.Month, Math.Min(DueDay, dueMonth.Days));

    public string Schedule => $"every {Every}, due on day {DueDay} of the {Ordinal(OffsetMonths)} month after it";

    private static string Ordinal(int n) => n switch { 0 => "same (0th)", 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };

    public static IReadOnlyList<Regulation> All(IStore store) => store.Query(
        "SELECT code, service, title, every, due_day, due_offset_months, statutory, points FROM pay_regulations ORDER BY code",
        r => new Regulation(r.Text("code"), r.Text("service"), r.Text("title"), r.Text("every"), (int)r.Int("due_day"),
            (int)r.Int("due_offset_months"), r.Flag("statutory"), (int)r.Int("points"))).ToList();
}
