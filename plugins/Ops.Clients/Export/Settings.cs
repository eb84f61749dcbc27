using Ops.Sdk;

namespace Ops.Clients.Export;

/// <summary>Canary options kept in clients_settings: the domain whose mail the firm receives, the phone
/// numbers it answers, and the least number of canaries per export. <see cref="OwnDomain"/> is true when canary
/// e-mails would be on the firm's own domain (no separate canary domain set): a reader can spot them.</summary>
internal sealed record Settings(string Domain, IReadOnlyList<string> Phones, int MinCanaries, double Share, bool OwnDomain)
{
    public const int DefaultMin = 20;
    public const double DefaultShare = 0.05;

    /// <summary>Canaries never exceed this share of an export's real rows (rounded up, so a non-empty export has one).</summary>
    public const double MaxShare = 0.10;

    public static Settings Load(IOpsContext context)
    {
        var values = context.Store.Query("SELECT key, value FROM clients_settings", r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var domain = values.GetValueOrDefault("canary_domain") ?? (context.Firm.Domain.Length > 0 ? context.Firm.Domain : "");
        var phones = Data.Values.List(values.GetValueOrDefault("canary_phones")).ToList();
        var min = int.TryParse(values.GetValueOrDefault("canary_min"), out var m) ? m : DefaultMin;
        var own = context.Firm.Domain.Length > 0 && string.Equals(domain, context.Firm.Domain, StringComparison.OrdinalIgnoreCase);
        return new Settings(domain, phones, min, DefaultShare, own);
    }

    /// <summary>How many canaries an export of <paramref name="rows"/> real rows carries: 5% of the rows raised to
    /// the minimum, but never more than 10% of the rows (rounded up), so canaries stay a small share of any export;
    /// none for an empty export, at most 1,000.</summary>
    public int CountFor(long rows)
    {
        if (rows == 0) return 0;
        var wanted = Math.Max(MinCanaries, Math.Ceiling(rows * Share));
        return (int)Math.Min(1000, Math.Min(wanted, Math.Ceiling(rows * MaxShare)));
    }

    public static void Save(IOpsContext context, string key, string value) =>
        context.Store.Execute("""
            INSERT INTO clients_settings (key, value) VALUES ($Key, $Value)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, new { Key = key, Value = value });
}
