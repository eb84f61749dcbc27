using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>The prerequisite hook: another plugin (here the documents plugin, which this project's build builds)
/// withholds clients.contacts; contacts are then masked with that plugin's reason.</summary>
public sealed class PrerequisiteTests
{
    [Fact]
    public void Contacts_are_masked_with_the_documents_plugins_reason_until_the_acknowledgment_is_signed()
    {
        using var store = OpsTestStore.Create();
        foreach (var p in store.Run("plugins", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray())
            if (p.GetProperty("id").GetString() is not ("clients" or "docs")) store.Run("plugins", "disable", p.GetProperty("id").GetString()!);
        store.AddStaff("dir", "director");
        store.AddStaff("anna", "accountant", team: "north");
        store.AddStaff("lena", "accountant", team: "north");
        store.AddStaff("boris", "accountant", team: "south");
        store.Run("clients", "import", store.WriteFile("firm.csv", Firm.Csv)).ShouldSucceed();

        var result = store.RunAs("anna", "clients", "list", "--format", "json").ShouldSucceed();
        var alpha = result.Json().ByInn(Firm.AlphaInn);
        Assert.True(alpha.GetProperty("contacts_masked").GetBoolean());
        Assert.DoesNotContain("ivan@alfa.ru", result.Out);
        Assert.Contains("has not signed", result.Err);
        Assert.Contains("ops docs sign", result.Err);
        Assert.Contains("has not signed", store.RunAs("anna", "clients", "show", Firm.AlphaInn).ShouldSucceed().Out);
    }
}
