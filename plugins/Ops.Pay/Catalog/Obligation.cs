using Ops.Pay.Engine;
using Ops.Pay.Tasks;

namespace Ops.Pay.Catalog;

/// <summary>Who an obligation applies to. Null conditions do not restrict.</summary>
internal sealed record Applies(IReadOnlyList<string>? LegalForms, IReadOnlyList<string>? Regimes, bool? Employer, bool? VatPayer);

/// <summary>One statutory obligation of the catalog: what, on which legal basis, for whom, when.</summary>
internal sealed record Obligation(string Code, string Name, string Basis, Applies Applies, string Every, IReadOnlyList<int>? Periods, int MonthsAfter, int Day)
{
    /// <summary>The code under which its tasks are kept (pay_regulations / pay_tasks): the catalog's prefix + code.</summary>
    public string TaskCode => Prefix + Code;

    public const string Prefix = "nk.";

    public Regulation AsRegulation() => new(TaskCode, "", Name, Every, Day, MonthsAfter, Statutory: true, Points: 1);

    /// <summary>The reporting period whose obligation falls due in <paramref name="month"/>, or null.</summary>
    public (DateOnly From, DateOnly To)? DueIn(Period month) =>
        AsRegulation().ReportingPeriodDueIn(month) is { } p && (Periods is null || Periods.Contains(p.To.Month)) ? p : null;

    public string Rule => $"every {Every}{(Periods is null ? "" : $" ending in month {string.Join("/", Periods)}")}, day {Day} of the {(MonthsAfter == 0 ? "same month" : $"{MonthsAfter}. month after")}";
}

/// <summary>A client's tax profile as the catalog sees it (client_tax_profiles_v1); the legal form falls back to the
/// INN (12 digits: ИП, 10: an organisation, taken as ООО) when the registry has none.</summary>
internal sealed record TaxProfile(string ClientId, string LegalForm, bool LegalFormFromInn, string? Regime, bool? Employer, bool? VatPayer)
{
    /// <summary>Whether <paramref name="o"/> applies, and why (or why not) in words.</summary>
    public (bool Applies, string Why) Check(Obligation o)
    {
        var a = o.Applies;
        var form = LegalFormFromInn ? $"{LegalForm} (by its INN)" : LegalForm;
        if (a.LegalForms is { } forms && !forms.Contains(LegalForm))
            return (false, $"legal form {form} is not {string.Join("/", forms)}");
        if (a.Regimes is { } regimes)
        {
            if (Regime is null) return (false, "no tax regime in the profile: set it with ops clients update ID --tax-regime ОСНО|УСН|ПСН|АУСН");
            if (!regimes.Contains(Regime)) return (false, $"regime {Regime} is not {string.Join("/", regimes)}");
        }
        if (a.Employer is { } employer && Employer != employer)
            return (false, Employer is null ? "employer not known: set it with ops clients update ID --employer yes|no" : employer ? "no employees" : "has employees");
        if (a.VatPayer is { } vat && VatPayer != vat)
            return (false, VatPayer is null ? "VAT payer not known: set it with ops clients update ID --vat yes|no" : vat ? "not a VAT payer" : "a VAT payer");
        var facts = new List<string>();
        if (a.LegalForms is not null) facts.Add(form);
        if (a.Regimes is not null) facts.Add("on " + Regime);
        if (a.Employer == true) facts.Add("an employer");
        if (a.VatPayer == true) facts.Add("a VAT payer");
        return (true, $"{(facts.Count == 0 ? "every client" : string.Join(", ", facts))} ({o.Basis})");
    }
}
