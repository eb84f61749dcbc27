using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk.Store;

namespace Ops.Pay.Tasks;

/// <summary>Creates the task instances that fall due in a month: one per regulation per client that takes
/// the regulation's service and was served during its reporting period. Idempotent.</summary>
internal static class TaskGenerator
{
    public sealed record Result(int Created, int Existing, int Unassigned);

    public static Result Generate(IStore store, Period month)
    {
        var regulations = Regulation.All(store);
        var clients = CalcData.Clients(store);
        var leads = store.Query("SELECT client_id, login, from_date, to_date FROM client_assignments_v1 WHERE role = 'lead'",
                r => (Client: CalcData.Id(r.GetValue(0)), Login: r.Text("login"), From: r.Date("from_date"), To: r.Date("to_date")))
            .GroupBy(a => a.Client).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.From).ToList(), StringComparer.Ordinal);

        using var insert = store.Command("""
            INSERT INTO pay_tasks (regulation, client_id, period, due_on, assignee) VALUES ($Regulation, $Client, $Period, $Due, $Assignee)
            ON CONFLICT (regulation, client_id, due_on) DO NOTHING
            """, new { Regulation = "", Client = "", Period = month.ToString(), Due = "", Assignee = (string?)null });
        insert.Prepare();
        int created = 0, existing = 0, unassigned = 0;
        foreach (var reg in regulations)
        {
            if (reg.ReportingPeriodDueIn(month) is not { } reporting) continue;
            var due = reg.DueDate(month);
            foreach (var c in clients)
            {
                if (!c.Services.Contains(reg.Service) || c.Served is not { } s) continue;
                if ((s.From is { } f && f > reporting.To) || (s.To is { } t && t < reporting.From)) continue;
                var lead = LeadOn(leads.GetValueOrDefault(c.Id), due) ?? LeadOn(leads.GetValueOrDefault(c.Id), reporting.To);
                insert.Parameters["$Regulation"].Value = reg.Code;
                insert.Parameters["$Client"].Value = c.Id;
                insert.Parameters["$Due"].Value = due.ToIso();
                insert.Parameters["$Assignee"].Value = (object?)lead ?? DBNull.Value;
                if (insert.ExecuteNonQuery() == 1) { created++; if (lead is null) unassigned++; }
                else existing++;
            }
        }
        return new Result(created, existing, unassigned);
    }

    private static string? LeadOn(List<(string Client, string Login, DateOnly? From, DateOnly? To)>? leads, DateOnly day) =>
        leads?.FirstOrDefault(a => a.From <= day && (a.To is null || a.To > day)).Login;
}
