using Ops.Testing;

namespace Ops.Clients.Tests;

public sealed class ExplainRecordTests
{
    [Fact]
    public void Explain_names_the_assignment_that_lets_an_accountant_see_a_clients_contacts()
    {
        using var store = Firm.Create();
        var alpha = "client:" + store.Id(Firm.AlphaInn);
        var result = store.Run("access", "explain", "anna", "clients.contacts", alpha, "--format", "json").ShouldSucceed().Json();
        Assert.True(result.GetProperty("record_reached").GetBoolean());
        Assert.Contains("anna is currently assigned to client", result.GetProperty("record_reason").GetString());
    }

    [Fact]
    public void Explain_says_why_a_scope_does_not_reach_another_teams_client_and_exits_denied()
    {
        using var store = Firm.Create();
        var alpha = "client:" + store.Id(Firm.AlphaInn);
        var result = store.Run("access", "explain", "boris", "clients.contacts", alpha, "--format", "json");
        Assert.Equal(4, result.ExitCode);
        var json = result.Json();
        Assert.True(json.GetProperty("allowed").GetBoolean());
        Assert.False(json.GetProperty("record_reached").GetBoolean());
        Assert.Contains("does not reach it", json.GetProperty("record_reason").GetString());
    }

    [Fact]
    public void Explain_for_a_team_lead_points_at_the_team()
    {
        using var store = Firm.Create();
        var alpha = "client:" + store.Id(Firm.AlphaInn);
        var json = store.Run("access", "explain", "lead", "clients.view", alpha, "--format", "json").ShouldSucceed().Json();
        Assert.Contains("someone in lead's team 'north'", json.GetProperty("record_reason").GetString());
    }
}
