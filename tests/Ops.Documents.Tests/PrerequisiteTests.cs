namespace Ops.Documents.Tests;

public sealed class PrerequisiteTests
{
    [Fact]
    public void Client_contacts_are_withheld_until_the_acknowledgment_and_undertaking_are_signed()
    {
        using var store = Firm.Small();
        var denied = store.Run("access", "explain", "petrova", "clients.contacts", "--format", "json");
        Assert.Equal(4, denied.ExitCode);
        var reason = denied.Json().GetProperty("reason").GetString()!;
        Assert.Contains("Лист ознакомления", reason);
        Assert.Contains("version 1", reason);

        store.Run("docs", "sign", "--person", "petrova", "--doc", "acknowledgment", "--date", "2026-11-20").ShouldSucceed();
        store.Run("docs", "sign", "--person", "petrova", "--doc", "nda", "--date", "2026-11-20").ShouldSucceed();
        var granted = store.Run("access", "explain", "petrova", "clients.contacts", "--format", "json").ShouldSucceed();
        Assert.True(granted.Json().GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public void The_register_counts_client_assignments_from_the_client_registry()
    {
        using var store = Firm.Small();
        var csv = store.WriteFile("clients.csv", "inn,name,lead\n7707083893,ООО Ромашка,petrova\n");
        store.Run("clients", "import", csv).ShouldSucceed();
        var md = File.ReadAllText(Firm.RenderOne(store, "register", "--format", "md"));
        var row = md.Split('\n').Single(l => l.Contains("Петрова"));
        Assert.Contains("(1) |", row);
        Assert.DoesNotContain("Ромашка", md);
    }
}
