using System.Globalization;
using Ops.Documents.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Scriban.Runtime;

namespace Ops.Documents.Bonus;

/// <summary>The «Положение о премировании»: its rule set from pay, and the <c>bonus</c> template variable
/// (docs/documents.md). It holds plan rules and the names of people a personal plan applies to; never client data.</summary>
internal static class BonusRegulation
{
    /// <summary>The plans to render from; refuses when there are none, or some are not yet published by pay.</summary>
    public static BonusRuleSet RuleSet(IOpsContext context)
    {
        if (!context.Plugins.IsEnabled("pay"))
            throw new UnavailableException("the «Положение о премировании» is rendered from the pay plans, and the pay plugin is disabled", "ops plugins enable pay");
        var set = BonusRuleSet.Load(context, context.Today);
        if (set.Plans.Count == 0)
            throw new NotFoundException("no pay plan is in force today or later, so there is nothing to put in the «Положение о премировании»",
                "load the plans first: ops pay plans add FILE");
        if (set.Plans.FirstOrDefault(p => !p.Published) is { } old)
            throw new ConflictException($"plan {old.Id} v{old.Version} was loaded before pay published its rules (pay_plan_rules_v1)",
                "publish them once with: ops pay plans list");
        return set;
    }

    public static ScriptObject Script(BonusRuleSet set, string lang, IReadOnlyDictionary<string, string> names) => new()
    {
        ["version"] = set.Version,
        ["has_reductions"] = set.Plans.Any(p => p.Rules.Any(r => r.Rule.StartsWith("reduction.", StringComparison.Ordinal))),
        ["plans"] = new ScriptArray(set.Plans.Select((p, i) => (object?)Plan(p, i + 1, lang, names))),
    };

    private static ScriptObject Plan(BonusPlan p, int number, string lang, IReadOnlyDictionary<string, string> names)
    {
        string Date(DateOnly d) => d.ToString(lang == "en" ? "yyyy-MM-dd" : "dd.MM.yyyy", CultureInfo.InvariantCulture);
        var rules = p.Rules.Where(r => r.Rule != "fixed").ToList();
        return new ScriptObject
        {
            ["number"] = number, ["id"] = p.Id, ["version"] = p.Version,
            ["applies_to"] = p.TargetKind == "person"
                ? (lang == "en" ? "the employee " : "работник ") + names.GetValueOrDefault(p.Target, p.Target)
                : Role(p.Target, lang),
            ["effective_from"] = Date(p.From), ["effective_to"] = p.To is { } to ? Date(to) : null,
            ["premiums"] = Rules(rules.Where(r => r.Rule.StartsWith("premium.", StringComparison.Ordinal)), lang),
            ["reductions"] = Rules(rules.Where(r => r.Rule.StartsWith("reduction.", StringComparison.Ordinal)), lang),
            ["clawback_months"] = rules.FirstOrDefault(r => r.Rule == "clawback.new_client")?.Months,
            ["cap"] = rules.FirstOrDefault(r => r.Rule == "cap.premiums")?.Amount is { } cap ? Money(cap, lang) : null,
        };
    }

    private static ScriptArray Rules(IEnumerable<BonusRule> rules, string lang) => new(rules.Select(r => (object?)new ScriptObject
    {
        ["rule"] = r.Rule,
        ["amount"] = r.Amount is { } a ? Money(a, lang) : null,
        ["percent"] = r.Percent is { } pc ? Number(pc, lang) : null,
        ["months"] = r.Months,
        ["from_percent"] = r.FromPercent is { } f ? Number(f, lang) : null,
    }));

    /// <summary>«5 000» or «1 234,50» (ru), «5,000» or «1,234.50» (en).</summary>
    public static string Money(decimal amount, string lang)
    {
        var text = amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
        return lang == "en" ? text : text.Replace(',', ' ').Replace('.', ',');
    }

    private static string Number(decimal value, string lang)
    {
        var text = value.ToString("0.####", CultureInfo.InvariantCulture);
        return lang == "en" ? text : text.Replace('.', ',');
    }

    private static string Role(string role, string lang) => lang == "en" ? $"employees with the role {role}" : role switch
    {
        "accountant" => "бухгалтеры",
        "team-lead" => "руководители групп",
        "partner" => "партнёры",
        "director" => "руководитель организации",
        "admin" => "администраторы",
        _ => $"работники с ролью «{role}»",
    };
}
