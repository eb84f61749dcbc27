using Ops.Pay.Plans;

namespace Ops.Pay.Tests;

public sealed class PlanParserTests
{
    internal const string Full = """
        id: accountant
        version: 1
        applies_to: { role: accountant }
        effective_from: 2026-01-01
        fixed: 80000
        fee_share: { percent: 10, split: { lead: 70, backup: 30 } }
        points: { rate: 150, per_service: { vat: 3, payroll: 2 }, tasks: true }
        premiums:
          on_time:
            tiers:
              - { from: 90, amount: 5000 }
              - { from: 95, amount: 10000 }
          new_client: { percent: 10, months: 12 }
          retention: { months: 12, amount: 3000 }
        reductions:
          late_statutory: { per_task: 1000 }
          client_fines: { percent: 50 }
        caps: { premiums: 20000, total: 200000 }
        """;

    [Fact]
    public void A_full_plan_reads_into_every_rule()
    {
        var parsed = PlanParser.Parse("a.yaml", Full);
        Assert.Empty(parsed.Errors);
        var p = parsed.Plan!;
        Assert.Equal(("role", "accountant", 80000m), (p.TargetKind, p.Target, p.Fixed));
        Assert.Equal(new FeeShareRule(10, 70, 30), p.FeeShare);
        Assert.Equal(3m, p.Points!.PerService["vat"]);
        Assert.Equal([90m, 95m], p.OnTime!.Tiers.Select(t => t.FromPercent));
        Assert.Equal(new NewClientRule(10, 12), p.NewClient);
        Assert.Equal(new RetentionRule(12, 3000), p.Retention);
        Assert.Equal((1000m, 50m), (p.LateStatutoryPerTask, p.ClientFinesPercent));
        Assert.Equal((20000m, 200000m), (p.CapPremiums, p.CapTotal));
    }

    [Theory]
    [InlineData("fixed: 80000", "fixed: -5", 5, "fixed", "negative")]
    [InlineData("{ lead: 70, backup: 30 }", "{ lead: 70, backup: 20 }", 6, "fee_share.split", "not 100")]
    [InlineData("rate: 150", "rate: -1", 7, "points.rate", "negative")]
    [InlineData("- { from: 95, amount: 10000 }", "- { from: 85, amount: 10000 }", 12, "premiums.on_time.tiers.from", "does not come after")]
    [InlineData("fixed: 80000", "fixed: 80000\nbonus: 5", 6, "bonus", "unknown field")]
    [InlineData("total: 200000", "total: 1000", 18, "caps.total", "below the fixed pay")]
    [InlineData("applies_to: { role: accountant }", "applies_to: { role: accountant, person: anna }", 3, "applies_to", "neither or both")]
    public void Errors_name_the_file_the_line_and_the_field(string from, string to, int line, string field, string problem)
    {
        var parsed = PlanParser.Parse("plan.yaml", Full.Replace(from, to));
        var e = Assert.Single(parsed.Errors);
        Assert.Equal(("plan.yaml", line, field), (e.File, e.Line, e.Column));
        Assert.Contains(problem, e.Problem);
        Assert.False(string.IsNullOrWhiteSpace(e.Fix));
    }

    [Fact]
    public void A_reduction_with_no_premium_to_reduce_is_refused()
    {
        var text = """
            id: bad
            version: 1
            applies_to: { role: accountant }
            effective_from: 2026-01-01
            fixed: 80000
            reductions:
              late_statutory: { per_task: 1000 }
            """;
        var e = Assert.Single(PlanParser.Parse("bad.yaml", text).Errors);
        Assert.Equal(("reductions", 6), (e.Column, e.Line));
        Assert.Contains("192", e.Fix);
    }

    [Fact]
    public void Broken_yaml_and_missing_required_fields_are_reported_not_thrown()
    {
        Assert.Contains("not valid YAML", Assert.Single(PlanParser.Parse("x.yaml", "id: [unclosed\nfixed: 1").Errors).Problem);
        var missing = PlanParser.Parse("x.yaml", "id: x\n").Errors.Select(e => e.Column).ToList();
        Assert.Equal(["version", "applies_to", "effective_from", "fixed"], missing);
    }

    [Fact]
    public void A_duplicated_field_or_a_non_scalar_service_key_is_reported_not_thrown()
    {
        var dup = PlanParser.Parse("d.yaml", Full.Replace("fixed: 80000", "fixed: 80000\nfixed: 90000"));
        Assert.Null(dup.Plan);
        Assert.NotEmpty(dup.Errors);
        var odd = PlanParser.Parse("o.yaml", Full.Replace("per_service: { vat: 3, payroll: 2 }", "per_service: { [vat]: 3 }"));
        Assert.Equal("points.per_service", Assert.Single(odd.Errors).Column);
    }

    private static Plan P(string id, int version, string target, string from, string? to = null) => Build.Plan(1000m, target) with
    {
        Id = id, Version = version, EffectiveFrom = DateOnly.Parse(from), EffectiveTo = to is null ? null : DateOnly.Parse(to),
    };

    private static readonly HashSet<string> Roles = ["accountant", "director"];

    [Fact]
    public void Lint_refuses_overlapping_plans_for_the_same_role_and_unknown_roles()
    {
        var stored = new[] { P("a", 1, "accountant", "2026-01-01") };
        var overlap = PlanRules.Check("b.yaml", P("b", 1, "accountant", "2026-06-01"), new Dictionary<string, int> { ["effective_from"] = 4 }, stored, Roles, new HashSet<string>());
        Assert.Equal(4, Assert.Single(overlap).Line);
        Assert.Contains("overlaps a v1", overlap[0].Problem);
        var unknown = PlanRules.Check("c.yaml", P("c", 1, "wizard", "2026-01-01"), new Dictionary<string, int>(), stored, Roles, new HashSet<string>());
        Assert.Contains("unknown role 'wizard'", Assert.Single(unknown).Problem);
    }

    [Fact]
    public void A_new_version_supersedes_an_open_ended_one_but_overlapping_explicit_ranges_are_refused()
    {
        var open = new[] { P("a", 1, "accountant", "2026-01-01") };
        Assert.Empty(PlanRules.Check("a2.yaml", P("a", 2, "accountant", "2026-07-01"), new Dictionary<string, int>(), open, Roles, new HashSet<string>()));
        Assert.Equal(new DateOnly(2026, 6, 30), PlanRules.Normalize([.. open, P("a", 2, "accountant", "2026-07-01")]).Single(p => p.Version == 1).EffectiveTo);

        var closed = new[] { P("a", 1, "accountant", "2026-01-01", "2026-12-31") };
        Assert.Contains("overlaps", Assert.Single(PlanRules.Check("a2.yaml", P("a", 2, "accountant", "2026-07-01"), new Dictionary<string, int>(), closed, Roles, new HashSet<string>())).Problem);
        Assert.Contains("already loaded", Assert.Single(PlanRules.Check("a1.yaml", P("a", 1, "accountant", "2027-01-01"), new Dictionary<string, int>(), closed, Roles, new HashSet<string>())).Problem);
    }

    [Fact]
    public void A_person_plan_beats_the_role_plan_and_the_version_in_force_at_month_end_applies()
    {
        var role1 = P("r", 1, "accountant", "2026-01-01", "2026-10-14");
        var role2 = P("r", 2, "accountant", "2026-10-15");
        var anna = Build.Plan(1000m) with { Id = "anna", TargetKind = "person", Target = "anna", EffectiveFrom = new DateOnly(2026, 11, 1) };
        var book = new PlanBook([role1, role2, anna]);
        Assert.Same(role2, book.For(Build.Person("anna"), Build.October));
        Assert.Same(anna, book.For(Build.Person("anna"), new Ops.Pay.Engine.Period(2026, 11)));
        Assert.Same(role2, book.For(Build.Person("boris"), new Ops.Pay.Engine.Period(2026, 11)));
    }
}
