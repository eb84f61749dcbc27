using System.Globalization;
using Ops.Pay.Engine;
using Ops.Sdk.Calendar;
using Ops.Sdk.Store;

namespace Ops.Pay.Data;

/// <summary>Loads a period's calculation inputs with a handful of set-wise queries (no per-row queries):
/// staff from ops_staff_v1, clients and assignments from the registry's views, task figures aggregated in SQL.</summary>
internal static class CalcData
{
    public static CalcInputs Load(IStore store, Period period, DateOnly today, ICalendar calendar) =>
        new(period, Staff(store), Clients(store), Assignments(store, period), TaskStatsByPerson(store, period, today), calendar)
        {
            NewClientPaid = store.Query("""
                SELECT login, subject, sum(amount_kopecks) FROM pay_statement_lines
                WHERE period < $P AND rule IN ('premium.new_client', 'clawback.new_client') GROUP BY login, subject
                """, r => (Key: r.GetString(0) + "|" + r.GetString(1)["client:".Length..], Paid: Money.FromKopecks(r.GetInt64(2))), new { P = period.ToString() })
                .ToDictionary(x => x.Key, x => x.Paid, StringComparer.Ordinal),
            Closed = store.Query("SELECT period FROM pay_periods", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal),
        };

    public static IReadOnlyList<Person> Staff(IStore store) => store.Query(
        "SELECT login, full_name, role, team, hire_date, leaving_date FROM ops_staff_v1 ORDER BY login",
        r => new Person(r.Text("login"), r.Text("full_name"), r.Text("role"), r.Text("team"), r.Date("hire_date"), r.Date("leaving_date"))).ToList();

    public static IReadOnlyList<Client> Clients(IStore store)
    {
        var fees = store.Query("SELECT client_id, from_date, monthly_fee_kopecks FROM client_fees_v1 ORDER BY client_id, from_date",
                r => (Id: Id(r.GetValue(0)), Fee: new FeeFrom(r.Date("from_date")!.Value, r.Int("monthly_fee_kopecks"))))
            .GroupBy(x => x.Id).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FeeFrom>)g.Select(x => x.Fee).ToList(), StringComparer.Ordinal);
        return store.Query(
            "SELECT id, name, status, monthly_fee_kopecks, services, started_on, left_on FROM clients_v1",
            r => new Client(Id(r.GetValue(0)), r.Text("name"), r.Text("status"), r.Int("monthly_fee_kopecks"),
                r.Text("services").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                r.Date("started_on"), r.Date("left_on"))).Select(c => fees.TryGetValue(c.Id, out var h) ? c with { Fees = h } : c).ToList();
    }

    /// <summary>Assignments that touch the period, and every earlier one still running (retention needs their start).</summary>
    public static IReadOnlyList<Assignment> Assignments(IStore store, Period period) => store.Query("""
        SELECT client_id, login, role, from_date, to_date FROM client_assignments_v1
        WHERE from_date <= $Last AND (to_date IS NULL OR to_date > $First)
        """,
        r => new Assignment(Id(r.GetValue(0)), r.Text("login"), r.Text("role"), r.Date("from_date")!.Value, r.Date("to_date")),
        new { period.First, period.Last }).ToList();

    /// <summary>Tasks due in the period, per assignee. A task counts once it is decided: done, or open past its
    /// due date on <paramref name="today"/>; an open task not yet due counts for nothing yet.</summary>
    public static IReadOnlyDictionary<string, TaskStats> TaskStatsByPerson(IStore store, Period period, DateOnly today) => store.Query("""
        SELECT t.assignee,
               sum(CASE WHEN t.done_on IS NOT NULL OR t.due_on < $Today THEN 1 ELSE 0 END) AS due,
               sum(CASE WHEN t.done_on IS NOT NULL AND t.done_on <= t.due_on THEN 1 ELSE 0 END) AS on_time,
               sum(CASE WHEN r.statutory = 1 AND (t.done_on > t.due_on OR (t.done_on IS NULL AND t.due_on < $Today)) THEN 1 ELSE 0 END) AS late_statutory,
               sum(t.fine_kopecks) AS fines,
               sum(CASE WHEN t.done_on IS NOT NULL THEN r.points ELSE 0 END) AS points
        FROM pay_tasks t JOIN pay_regulations r ON r.code = t.regulation
        WHERE t.period = $Period AND t.assignee IS NOT NULL
        GROUP BY t.assignee
        """,
        r => (Login: r.GetString(0), Stats: new TaskStats((int)r.Int("due"), (int)r.Int("on_time"), (int)r.Int("late_statutory"),
            Money.FromKopecks(r.Int("fines")), (int)r.Int("points"))),
        new { Period = period.ToString(), Today = today }).ToDictionary(x => x.Login, x => x.Stats, StringComparer.Ordinal);

    public static string Id(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
