using Ops.Pay.Catalog;
using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk.Calendar;
using Ops.Sdk.Store;

namespace Ops.Pay.Tasks;

/// <summary>Creates the task instances that fall due in a month: one per regulation per client that takes
/// the regulation's service and was served during its reporting period. Idempotent.</summary>
internal static class TaskGenerator
{
    public sealed record Result(int Created, int Existing, int Unassigned);

    /// <param name="decisions">Receives, for <c>--explain</c>, every catalog obligation due in the month per client and why it applies or not.</param>
    public static Result Generate(IStore store, Period month, ICalendar calendar, ObligationCatalog catalog, DateTimeOffset now,
        List<ObligationPlanner.Decision>? decisions = null)
    {
        SyncCatalog(store, catalog, now);
        var regulations = Regulation.All(store).Where(r => !r.FromCatalog).ToList();
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
            // A statutory deadline on a day off moves to the next working day (Tax Code art. 6.1 part 7).
            var due = reg.Statutory ? calendar.WorkingDayOnOrAfter(reg.DueDate(month)) : reg.DueDate(month);
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
        foreach (var d in ObligationPlanner.Plan(catalog, clients, ObligationPlanner.Profiles(store), calendar, month))
        {
            decisions?.Add(d);
            if (!d.Applies) continue;
            var lead = LeadOn(leads.GetValueOrDefault(d.Client.Id), d.DueOn);
            insert.Parameters["$Regulation"].Value = d.Obligation.TaskCode;
            insert.Parameters["$Client"].Value = d.Client.Id;
            insert.Parameters["$Due"].Value = d.DueOn.ToIso();
            insert.Parameters["$Assignee"].Value = (object?)lead ?? DBNull.Value;
            if (insert.ExecuteNonQuery() == 1) { created++; if (lead is null) unassigned++; }
            else existing++;
        }
        return new Result(created, existing, unassigned);
    }

    /// <summary>The catalog's obligations as regulations (code nk.…, basis = the article), so their tasks are ordinary tasks.</summary>
    private static void SyncCatalog(IStore store, ObligationCatalog catalog, DateTimeOffset now)
    {
        foreach (var o in catalog.Obligations)
            store.Execute("""
                INSERT INTO pay_regulations (code, service, title, every, due_day, due_offset_months, statutory, points, added_at, basis)
                VALUES ($Code, '', $Title, $Every, $Day, $Offset, 1, 1, $Now, $Basis)
                ON CONFLICT (code) DO UPDATE SET title = excluded.title, every = excluded.every, due_day = excluded.due_day,
                    due_offset_months = excluded.due_offset_months, basis = excluded.basis
                """, new { Code = o.TaskCode, Title = o.Name, o.Every, o.Day, Offset = o.MonthsAfter, Now = now, o.Basis });
    }

    private static string? LeadOn(List<(string Client, string Login, DateOnly? From, DateOnly? To)>? leads, DateOnly day) =>
        leads?.FirstOrDefault(a => a.From <= day && (a.To is null || a.To > day)).Login;
}
