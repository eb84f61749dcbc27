using Ops.Sdk;

namespace Ops.Clients.Export;

/// <summary>Canary options kept in clients_settings: the domain whose mail the firm receives, the phone
/// numbers it answers, and the least number of canaries per export.</summary>
internal sealed record Settings(string Domain, IReadOnlyList<string> Phones, int MinCanaries, double Share)
{
    public const int DefaultMin = 20;
    public const double DefaultShare = 0.05;

    public static Settings Load(IOpsContext context)
    {
        var values = context.Store.Query("SELECT key, value FROM clients_settings", r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var domain = values.GetValueOrDefault("canary_domain") ?? (context.Firm.Domain.Length > 0 ? context.Firm.Domain : "");
        var phones = Data.Values.List(values.GetValueOrDefault("canary_phones")).ToList();
        var min = int.TryParse(values.GetValueOrDefault("canary_min"), out var m) ? m : DefaultMin;
        return new Settings(domain, phones, min, DefaultShare);
    }

    /// <summary>How many canaries an export of <paramref name="rows"/> real rows carries.</summary>
    public int CountFor(long rows) => (int)Math.Min(1000, Math.Max(MinCanaries, Math.Ceiling(rows * Share)));

    public static void Save(IOpsContext context, string key, string value) =>
        context.Store.Execute("""
            INSERT INTO clients_settings (key, value) VALUES ($Key, $Value)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, new { Key = key, Value = value });
}
