using System.Text.Json.Nodes;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>The documents plugin renders the «Положение о премировании» from pay's published view pay_plan_rules_v1 and
/// may read nothing else of pay's. The snoop fixture here declares pay exactly as docs does (an optional dependency)
/// and tries pay's tables directly: the store refuses, on both engines.</summary>
public sealed class PayPlanViewEnforcementTests : IDisposable
{
    private readonly FixturePlugins _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_plugin_depending_on_pay_reads_the_plan_rules_view_but_not_pays_tables(TestEngine engine)
    {
        _fixtures.Snoop(m => m["dependencies"] = new JsonArray(new JsonObject { ["id"] = "pay", ["version"] = "[1.2.0, 2.0.0)", ["optional"] = true }));
        using var store = OpsTestStore.Create(engine, bundledPlugins: true, _fixtures.Root);
        store.AddStaff("dir", "director");
        store.RunAs("dir", "pay", "plans", "add", store.WriteFile("p.yaml", """
            id: accountant
            version: 1
            applies_to: { role: accountant }
            effective_from: 2026-01-01
            fixed: 80000
            premiums: { retention: { months: 12, amount: 3000 } }
            """)).ShouldSucceed();

        Assert.Contains("premium.retention", store.Run("snoop", "SELECT rule FROM pay_plan_rules_v1").ShouldSucceed().Out);
        foreach (var sql in new[] { "SELECT source FROM pay_plans", "SELECT * FROM pay_plan_rules", "SELECT amount_kopecks FROM pay_statement_lines" })
        {
            var refused = store.Run("snoop", sql);
            Assert.True(refused.ExitCode == 4, $"{sql} exited {refused.ExitCode}: {refused.Out} {refused.Err}");
            Assert.Contains("plugin 'snoop' may not", refused.Err);
            Assert.DoesNotContain("80000", refused.Out);
        }
    }
}
