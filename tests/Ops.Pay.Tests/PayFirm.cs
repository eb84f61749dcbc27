using Ops.Testing;

namespace Ops.Pay.Tests;

/// <summary>A small firm on a temporary store: a director, two accountants, three clients loaded with
/// <c>ops clients import</c> on 2026-09-01, an accountant plan, two regulations and October's tasks.</summary>
internal static class PayFirm
{
    public const string AccountantPlan = """
        id: accountant
        version: 1
        applies_to: { role: accountant }
        effective_from: 2026-01-01
        fixed: 80000
        fee_share: { percent: 10, split: { lead: 70, backup: 30 } }
        premiums:
          on_time:
            tiers:
              - { from: 60, amount: 4000 }
              - { from: 90, amount: 8000 }
          retention: { months: 12, amount: 3000 }
        reductions:
          late_statutory: { per_task: 1000 }
        """;

    public static string Inn(int n)
    {
        var digits = $"77{n:D7}";
        int[] w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        var sum = digits.Select((c, i) => (c - '0') * w[i]).Sum();
        return digits + (sum % 11 % 10);
    }

    public static string ClientsCsv(decimal c1Fee = 20000m) => $"""
        inn,name,monthly_fee,services,started_on,lead,backup
        {Inn(1)},ООО Альфа,{c1Fee},vat|payroll,2024-01-15,anna,boris
        {Inn(2)},ООО Бета,10000,payroll,2024-03-01,anna,
        {Inn(3)},ООО Гамма,30000,vat,2025-10-05,boris,anna
        """;

    public static OpsTestStore Create(TestEngine engine = TestEngine.Sqlite)
    {
        var store = OpsTestStore.Create(engine);
        store.Now = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
        store.AddStaff("dir", "director", name: "Директор");
        store.AddStaff("anna", "accountant", team: "north", name: "Анна");
        store.AddStaff("boris", "accountant", team: "north", name: "Борис");
        store.Run("clients", "import", store.WriteFile("clients.csv", ClientsCsv())).ShouldSucceed();
        store.RunAs("dir", "pay", "plans", "add", store.WriteFile("accountant.yaml", AccountantPlan)).ShouldSucceed();
        store.Run("pay", "regulations", "add", "vat-return", "--service", "vat", "--title", "VAT return", "--every", "quarter",
            "--due-day", "25", "--statutory").ShouldSucceed();
        store.Run("pay", "regulations", "add", "payroll", "--service", "payroll", "--title", "Payroll", "--every", "month",
            "--due-day", "5", "--points", "2").ShouldSucceed();
        store.Run("pay", "tasks", "generate", "--period", "2026-10").ShouldSucceed();
        store.Now = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        return store;
    }

    /// <summary>Task ids by (regulation, client name), read as the admin.</summary>
    public static Dictionary<(string, string), long> Tasks(OpsTestStore store) =>
        store.Run("pay", "tasks", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .ToDictionary(t => (t.GetProperty("regulation").GetString()!, t.GetProperty("client").GetString()!), t => t.GetProperty("id").GetInt64());
}
