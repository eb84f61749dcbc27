using Snapshooter.Xunit3;

namespace Ops.Pay.Tests;

/// <summary>The statement as people read it, compared with the reviewed snapshot in __snapshots__ (stored as lines).</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Annas_october_statement_table_matches_the_snapshot()
    {
        using var store = PayFirm.Create();
        var ids = PayFirm.Tasks(store);
        store.RunAs("anna", "pay", "tasks", "done", ids[("payroll", "ООО Альфа")].ToString(), ids[("payroll", "ООО Бета")].ToString(), "--on", "2026-10-03").ShouldSucceed();
        store.RunAs("anna", "pay", "tasks", "done", ids[("vat-return", "ООО Альфа")].ToString(), "--on", "2026-10-27").ShouldSucceed();
        var table = store.RunAs("anna", "pay", "calc", "--period", "2026-10").ShouldSucceed().Out;
        Snapshot.Match(table.Replace("\r\n", "\n").Split('\n'));
    }
}
