using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk.Calendar;
using Ops.Sdk.Store;

namespace Ops.Pay.Catalog;

/// <summary>For one month: which catalog obligation falls due for which client, with the deadline moved off days off
/// (Tax Code art. 6.1 part 7) and the reason it applies or not.</summary>
internal static class ObligationPlanner
{
    public sealed record Decision(Obligation Obligation, Client Client, bool Applies, string Why, DateOnly DueByRule, DateOnly DueOn);

    public static IEnumerable<Decision> Plan(ObligationCatalog catalog, IReadOnlyList<Client> clients, IReadOnlyDictionary<string, TaxProfile> profiles,
        ICalendar calendar, Period month)
    {
        foreach (var o in catalog.Obligations)
        {
            if (o.DueIn(month) is not { } reporting) continue;
            var byRule = o.AsRegulation().DueDate(month);
            var dueOn = calendar.WorkingDayOnOrAfter(byRule);
            foreach (var c in clients)
            {
                if (c.Served is not { } s || (s.From is { } f && f > reporting.To) || (s.To is { } t && t < reporting.From)) continue;
                var (applies, why) = profiles.TryGetValue(c.Id, out var p)
                    ? p.Check(o)
                    : (false, "no tax profile: set it with ops clients update ID --tax-regime … --employer … --vat …");
                yield return new Decision(o, c, applies, why, byRule, dueOn);
            }
        }
    }

    /// <summary>Every client's profile, in one query.</summary>
    public static Dictionary<string, TaxProfile> Profiles(IStore store) => store.Query("""
        SELECT p.client_id, p.legal_form, p.tax_regime, p.employer, p.vat_payer, c.inn
        FROM client_tax_profiles_v1 p JOIN clients_v1 c ON c.id = p.client_id
        WHERE p.tax_regime IS NOT NULL OR p.employer IS NOT NULL OR p.vat_payer IS NOT NULL
        """, r =>
        {
            var form = r.TextOrNull("legal_form")?.Trim();
            var fromInn = string.IsNullOrEmpty(form);
            if (fromInn) form = r.Text("inn").Length == 12 ? "ИП" : "ООО";
            bool? Flag(string column) => r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetInt64(r.GetOrdinal(column)) != 0;
            return new TaxProfile(CalcData.Id(r.GetValue(0)), form!, fromInn, r.TextOrNull("tax_regime"), Flag("employer"), Flag("vat_payer"));
        }).ToDictionary(p => p.ClientId, StringComparer.Ordinal);
}
