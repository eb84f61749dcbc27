using System.Globalization;
using System.Text;

/// <summary>The firm's regulations and the task control's history of three months.</summary>
sealed partial class Firm
{
    static readonly (string Code, string Service, string Title, string Every, int DueDay, bool Statutory, int Points)[] Regulations =
    [
        ("bank-statements", "bookkeeping", "Выписки банка и первичка за месяц", "month", 10, false, 1),
        ("payroll", "payroll", "Зарплата, НДФЛ и взносы за месяц", "month", 15, true, 2),
        ("vat-return", "vat", "Декларация по НДС за квартал", "quarter", 25, true, 3),
        ("usn-advance", "usn", "Авансовый платёж по УСН за квартал", "quarter", 28, true, 2),
    ];

    /// <summary>Tasks due in September, October and November 2026, as the firm's task control recorded them:
    /// most done on time, some late, and in November some of the departing accountant's still open.</summary>
    void BuildTasks()
    {
        foreach (var month in new[] { 9, 10, 11 })
        {
            var sb = new StringBuilder("regulation,inn,due_on,assignee,done_on\n");
            foreach (var r in Regulations)
            {
                if (r.Every == "quarter" && month != 10) continue;
                var due = new DateOnly(2026, month, Math.Min(r.DueDay, DateTime.DaysInMonth(2026, month)));
                if (month == 11 && due > Today) continue;
                foreach (var c in Clients.Where(c => c.Status == "active" && c.Services.Contains(r.Service) && (!c.New || month == 11 && r.Every == "month")))
                {
                    var roll = rnd.Next(100);
                    var importedOn = month == 11 ? new DateOnly(2026, 11, 25) : new DateOnly(2026, month, DateTime.DaysInMonth(2026, month));
                    string done;
                    if (month == 11 && c.Lead == Departing && roll < 45) done = "";
                    else if (month == 11 && roll < 4) done = "";
                    else if (roll < 9) done = due.AddDays(1 + rnd.Next(6)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    else done = due.AddDays(-rnd.Next(6)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (done.Length > 0 && DateOnly.Parse(done, CultureInfo.InvariantCulture) > importedOn) done = importedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    sb.Append(CultureInfo.InvariantCulture, $"{r.Code},{c.Inn},{due:yyyy-MM-dd},{c.Lead},{done}\n");
                    TaskCount++;
                }
            }
            _tasks[$"tasks-2026-{month:00}.csv"] = sb;
        }
    }
}
