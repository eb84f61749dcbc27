using Ops.Sdk.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ops.Pay.Plans;

/// <summary>A plan file read and checked on its own; <see cref="Lines"/> maps each field to its line for later errors.</summary>
internal sealed record ParsedPlan(Plan? Plan, IReadOnlyList<InputError> Errors, IReadOnlyDictionary<string, int> Lines);

/// <summary>Reads a plan's YAML (schema in docs/pay.md) and refuses what cannot be meant:
/// unknown fields, negative numbers, a lead/backup split not adding up to 100, tiers out of order,
/// a reduction with no premium to reduce, a total cap below the fixed pay.</summary>
internal static class PlanParser
{
    public static ParsedPlan Parse(string file, string text)
    {
        var r = new YamlReader(file);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            r.Errors.Add(new InputError(file, (int)e.Start.Line, "", "not valid YAML: " + (e.InnerException?.Message ?? e.Message), "fix the YAML syntax at that line"));
            return new ParsedPlan(null, r.Errors, r.Lines);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1.0 throws this instead of a YamlException for some malformed flow collections.
            r.Errors.Add(new InputError(file, 0, "", "not valid YAML (an unclosed [ or { ?)", "check brackets and quotes"));
            return new ParsedPlan(null, r.Errors, r.Lines);
        }
        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            r.Errors.Add(new InputError(file, 1, "", "a plan file holds exactly one YAML mapping", "start the file with 'id: PLAN-ID'"));
            return new ParsedPlan(null, r.Errors, r.Lines);
        }
        var plan = Read(r, root);
        return new ParsedPlan(r.Errors.Count == 0 ? plan : null, r.Errors, r.Lines);
    }

    private static Plan? Read(YamlReader r, YamlMappingNode root)
    {
        r.OnlyKeys(root, "", "id", "version", "applies_to", "effective_from", "effective_to", "fixed", "fee_share", "points",
            "revenue_share", "premiums", "reductions", "caps");
        var id = r.Text(root, "", "id", required: true);
        if (id is not null && !System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9][a-z0-9._-]{0,63}$"))
            r.Error("id", $"plan id '{id}' has characters other than a-z, 0-9, '.', '_' and '-'", "use a short lower-case id, e.g. accountant-2026");
        var version = r.Whole(root, "", "version", required: true);
        var (kind, target) = AppliesTo(r, root);
        var from = r.Date(root, "", "effective_from", required: true);
        var to = r.Date(root, "", "effective_to");
        if (from is { } f && to is { } t && t < f)
            r.Error("effective_to", $"effective_to {t:yyyy-MM-dd} is before effective_from {f:yyyy-MM-dd}", "swap the dates or drop effective_to");
        var fixedPay = r.Amount(root, "", "fixed", required: true);

        var plan = new Plan
        {
            Id = id ?? "", Version = version ?? 0, TargetKind = kind ?? "", Target = target ?? "",
            EffectiveFrom = from ?? default, EffectiveTo = to, Fixed = fixedPay ?? 0,
            FeeShare = FeeShare(r, root), Points = Points(r, root),
            RevenueSharePercent = Single(r, root, "revenue_share", "percent"),
        };
        if (r.Map(root, "", "premiums") is { } premiums)
        {
            r.OnlyKeys(premiums, "premiums", "on_time", "new_client", "retention");
            plan = plan with { OnTime = OnTime(r, premiums), NewClient = NewClient(r, premiums), Retention = Retention(r, premiums) };
        }
        if (r.Map(root, "", "reductions") is { } reductions)
        {
            r.OnlyKeys(reductions, "reductions", "late_statutory", "client_fines");
            plan = plan with
            {
                LateStatutoryPerTask = Single(r, reductions, "late_statutory", "per_task", "reductions"),
                ClientFinesPercent = Single(r, reductions, "client_fines", "percent", "reductions"),
            };
            if (plan.HasReduction && !plan.HasPremium)
                r.Error("reductions", "the plan reduces premiums but pays none", "add a premium under 'premiums:' or remove 'reductions:' (a cut from fixed pay would be a fine, illegal under Labor Code art. 192)");
        }
        if (r.Map(root, "", "caps") is { } caps)
        {
            r.OnlyKeys(caps, "caps", "premiums", "total");
            plan = plan with { CapPremiums = r.Amount(caps, "caps", "premiums"), CapTotal = r.Amount(caps, "caps", "total") };
            if (plan.CapTotal is { } cap && cap < plan.Fixed)
                r.Error("caps.total", $"the total cap {cap} is below the fixed pay {plan.Fixed}", "raise caps.total to at least the fixed pay; pay never goes below it");
            if (plan.CapPremiums is not null && !plan.HasPremium)
                r.Error("caps.premiums", "the plan caps premiums but pays none", "add a premium or remove caps.premiums");
        }
        return plan;
    }

    private static (string?, string?) AppliesTo(YamlReader r, YamlMappingNode root)
    {
        if (r.Map(root, "", "applies_to", required: true) is not { } a) return (null, null);
        r.OnlyKeys(a, "applies_to", "role", "person");
        var role = r.Text(a, "applies_to", "role");
        var person = r.Text(a, "applies_to", "person");
        if ((role is null) == (person is null))
        {
            r.Error("applies_to", "applies_to names neither or both of role and person", "write exactly one: 'role: accountant' or 'person: LOGIN'");
            return (null, null);
        }
        return role is not null ? ("role", role) : ("person", person);
    }

    private static decimal? Single(YamlReader r, YamlMappingNode parent, string key, string field, string path = "")
    {
        if (r.Map(parent, path, key) is not { } m) return null;
        var full = YamlReader.Join(path, key);
        r.OnlyKeys(m, full, field);
        return r.Amount(m, full, field, required: true);
    }

    private static FeeShareRule? FeeShare(YamlReader r, YamlMappingNode root)
    {
        if (r.Map(root, "", "fee_share") is not { } m) return null;
        r.OnlyKeys(m, "fee_share", "percent", "split");
        var percent = r.Amount(m, "fee_share", "percent", required: true);
        decimal lead = 100, backup = 0;
        if (r.Map(m, "fee_share", "split") is { } split)
        {
            r.OnlyKeys(split, "fee_share.split", "lead", "backup");
            lead = r.Amount(split, "fee_share.split", "lead", required: true) ?? 0;
            backup = r.Amount(split, "fee_share.split", "backup", required: true) ?? 0;
            if (lead + backup != 100)
                r.Error("fee_share.split", $"lead {lead} + backup {backup} = {lead + backup}, not 100", "make the two parts add up to 100");
        }
        if (percent > 100) r.Error("fee_share.percent", $"a share of {percent}% is more than the whole fee", "use a percent from 0 to 100");
        return percent is { } p ? new FeeShareRule(p, lead, backup) : null;
    }

    private static PointsRule? Points(YamlReader r, YamlMappingNode root)
    {
        if (r.Map(root, "", "points") is not { } m) return null;
        r.OnlyKeys(m, "points", "rate", "per_service", "tasks");
        var rate = r.Amount(m, "points", "rate", required: true);
        var perService = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (r.Map(m, "points", "per_service") is { } services)
            foreach (var (key, value) in services.Children)
            {
                if (key is not YamlScalarNode { Value: { Length: > 0 } code })
                    r.Error(key, "points.per_service", "a service key must be a plain service code", "write e.g. 'vat: 3'");
                else if (r.Number(value, "points.per_service." + code) is { } n) perService[code] = n;
            }
        var tasks = r.Flag(m, "points", "tasks") ?? false;
        if (perService.Count == 0 && !tasks)
            r.Error("points", "points are paid for nothing", "add 'per_service:' points or 'tasks: true'");
        return rate is { } rt ? new PointsRule(rt, perService, tasks) : null;
    }

    private static OnTimeRule? OnTime(YamlReader r, YamlMappingNode premiums)
    {
        if (r.Map(premiums, "premiums", "on_time") is not { } m) return null;
        r.OnlyKeys(m, "premiums.on_time", "tiers");
        if (r.Sequence(m, "premiums.on_time", "tiers", required: true) is not { } seq) return null;
        var tiers = new List<OnTimeTier>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode tier) { r.Error(item, "premiums.on_time.tiers", "a tier must be '{ from: PERCENT, amount: AMOUNT }'", "write - { from: 95, amount: 10000 }"); continue; }
            r.OnlyKeys(tier, "premiums.on_time.tiers", "from", "amount");
            var from = r.Amount(tier, "premiums.on_time.tiers", "from", required: true);
            var amount = r.Amount(tier, "premiums.on_time.tiers", "amount", required: true);
            if (from > 100) r.Error(tier, "premiums.on_time.tiers.from", $"an on-time rate of {from}% cannot be reached", "use a percent from 0 to 100");
            else if (tiers.Count > 0 && from <= tiers[^1].FromPercent)
                r.Error(tier, "premiums.on_time.tiers.from", $"tier from {from}% does not come after {tiers[^1].FromPercent}%", "list tiers by rising 'from'");
            if (from is { } f && amount is { } a) tiers.Add(new OnTimeTier(f, a));
        }
        if (seq.Children.Count == 0) r.Error("premiums.on_time.tiers", "no tiers", "add at least one tier");
        return new OnTimeRule(tiers);
    }

    private static NewClientRule? NewClient(YamlReader r, YamlMappingNode premiums)
    {
        if (r.Map(premiums, "premiums", "new_client") is not { } m) return null;
        r.OnlyKeys(m, "premiums.new_client", "percent", "months", "clawback_months");
        var percent = r.Amount(m, "premiums.new_client", "percent", required: true);
        var months = r.Whole(m, "premiums.new_client", "months", required: true);
        if (percent > 100) r.Error("premiums.new_client.percent", $"{percent}% is more than the whole fee", "use a percent from 0 to 100 (10–20 is common)");
        var clawback = r.Whole(m, "premiums.new_client", "clawback_months");
        return percent is { } p && months is { } n ? new NewClientRule(p, n, clawback) : null;
    }

    private static RetentionRule? Retention(YamlReader r, YamlMappingNode premiums)
    {
        if (r.Map(premiums, "premiums", "retention") is not { } m) return null;
        r.OnlyKeys(m, "premiums.retention", "months", "amount");
        var months = r.Whole(m, "premiums.retention", "months", required: true);
        var amount = r.Amount(m, "premiums.retention", "amount", required: true);
        return months is { } n && amount is { } a ? new RetentionRule(n, a) : null;
    }
}
