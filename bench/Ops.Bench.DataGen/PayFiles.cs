using System.Globalization;

namespace Ops.Bench.DataGen;

/// <summary>The pay data set: regulations (arguments for <c>ops pay regulations add</c>), a plan using every rule,
/// and one task CSV per period in the import format of docs/pay.md (<c>regulation,inn,due_on,assignee,done_on,fine</c>).</summary>
internal static class PayFiles
{
    private static readonly (string Code, string Service, int Day, bool Statutory)[] Regulations =
        [("vat-return", "vat", 25, true), ("payroll", "payroll", 5, false), ("usn-advance", "usn", 28, true), ("vat-ledger", "vat", 20, false)];

    public static void Write(string dir, Firm firm, Options o)
    {
        File.WriteAllLines(Path.Combine(dir, "regulations.txt"), Regulations.Select(r =>
            $"{r.Code} --service {r.Service} --title {r.Code} --every month --due-day {r.Day}{(r.Statutory ? " --statutory" : "")}"));
        File.WriteAllText(Path.Combine(dir, "plan.yaml"), Plan);
        if (o.TasksPerPeriod == 0 || o.Clients == 0) return;
        var perClient = (o.TasksPerPeriod + o.Clients - 1) / o.Clients;
        if (perClient > Regulations.Length * 28)
            throw new ArgumentException($"--tasks {o.TasksPerPeriod} for {o.Clients} clients is more than {Regulations.Length * 28} a client a month; add clients");
        var last = DateOnly.ParseExact(o.LastPeriod + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var p = 0; p < o.Periods; p++)
        {
            var month = last.AddMonths(-p);
            var period = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            using var w = Csv.Create(Path.Combine(dir, $"tasks-{period}.csv"));
            w.WriteLine("regulation,inn,due_on,assignee,done_on,fine");
            for (var j = 0; j < o.TasksPerPeriod; j++)
            {
                var client = j % o.Clients + 1;
                var k = j / o.Clients;
                var reg = Regulations[k % Regulations.Length];
                var day = 1 + k / Regulations.Length;
                var due = month.AddDays(day - 1);
                var salt = client + day + k;
                var done = salt % 10 == 0 ? "" : salt % 7 == 0 ? Date(due.AddDays(Math.Min(2, 28 - day))) : Date(due);
                var fine = salt % 97 == 0 ? "5000" : "";
                w.WriteLine($"{reg.Code},{Firm.Inn(client)},{Date(due)},{firm.LeadOf(client)},{done},{fine}");
            }
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string Plan = """
        id: accountant
        version: 1
        applies_to: { role: accountant }
        effective_from: 2020-01-01
        fixed: 80000
        fee_share: { percent: 10, split: { lead: 70, backup: 30 } }
        points: { rate: 15, per_service: { vat: 3, payroll: 2 }, tasks: true }
        premiums:
          on_time: { tiers: [ { from: 80, amount: 5000 }, { from: 95, amount: 10000 } ] }
          new_client: { percent: 10, months: 12 }
          retention: { months: 12, amount: 3000 }
        reductions: { late_statutory: { per_task: 200 }, client_fines: { percent: 10 } }
        caps: { premiums: 20000 }

        """;
}
