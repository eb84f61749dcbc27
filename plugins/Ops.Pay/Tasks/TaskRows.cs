using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Pay.Tasks;

/// <summary>A task as listed.</summary>
internal sealed record TaskRow(long Id, string Regulation, string Title, bool Statutory, string ClientId, string Client, string Period,
    DateOnly Due, string? Assignee, DateOnly? DoneOn, decimal Fine, string Status);

/// <summary>Reads tasks for listings, with the access scope applied before anything is shown.</summary>
internal static class TaskRows
{
    public static List<TaskRow> Read(IOpsContext context, HashSet<string>? visible, string? period, string? person, DateOnly today)
    {
        var store = context.Store;
        var names = store.Query("SELECT id, name FROM clients_v1", r => (Id: CalcData.Id(r.GetValue(0)), Name: r.Text("name")))
            .ToDictionary(x => x.Id, x => x.Name, StringComparer.Ordinal);
        return store.Query("""
            SELECT t.id, t.regulation, r.title, r.statutory, t.client_id, t.period, t.due_on, t.assignee, t.done_on, t.fine_kopecks
            FROM pay_tasks t JOIN pay_regulations r ON r.code = t.regulation
            WHERE (t.period = $Period OR $Period IS NULL) AND (t.assignee = $Person OR $Person IS NULL)
            ORDER BY t.due_on, t.id
            """, r =>
            {
                var due = r.Date("due_on")!.Value;
                var done = r.Date("done_on");
                var clientId = r.Text("client_id");
                return new TaskRow(r.Int("id"), r.Text("regulation"), r.Text("title"), r.Flag("statutory"), clientId,
                    names.GetValueOrDefault(clientId) ?? "", r.Text("period"), due, r.TextOrNull("assignee"), done,
                    Money.FromKopecks(r.Int("fine_kopecks")), StatusOf(due, done, today));
            }, new { Period = period, Person = person })
            .Where(t => PayAccess.Sees(visible, t.Assignee)).ToList();
    }

    public static string StatusOf(DateOnly due, DateOnly? done, DateOnly today) =>
        done is { } d ? (d <= due ? "done" : "late") : due < today ? "overdue" : "open";

    public static readonly Column<TaskRow>[] Columns =
    [
        Column.Of<TaskRow>("id", t => t.Id),
        Column.Of<TaskRow>("regulation", t => t.Regulation),
        Column.Of<TaskRow>("title", t => t.Title),
        Column.Of<TaskRow>("statutory", t => t.Statutory),
        Column.Of<TaskRow>("client_id", t => t.ClientId),
        Column.Of<TaskRow>("client", t => t.Client),
        Column.Of<TaskRow>("period", t => t.Period),
        Column.Of<TaskRow>("due_on", t => t.Due),
        Column.Of<TaskRow>("assignee", t => t.Assignee),
        Column.Of<TaskRow>("done_on", t => t.DoneOn),
        Column.Of<TaskRow>("status", t => t.Status),
        Column.Of<TaskRow>("fine", t => t.Fine),
    ];

    public static void Audit(IOpsContext context, string action, IReadOnlyCollection<TaskRow> rows, string details) =>
        context.Audit.Record(action, rows.Select(t => "client:" + t.ClientId).Distinct(), details: $"{details}; {rows.Count} task(s)");
}
