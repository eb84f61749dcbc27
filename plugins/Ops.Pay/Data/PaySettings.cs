using System.Globalization;
using Ops.Sdk.Store;

namespace Ops.Pay.Data;

/// <summary>The firm's pay settings (pay_settings, migration 0003).</summary>
internal static class PaySettings
{
    /// <summary>The insurance contributions rate when the firm has set none: the general tariff of Tax Code art. 425
    /// (30% up to the single base limit). Firms on a reduced tariff (SMEs: 15% above 1.5 minimum wages) set theirs.</summary>
    public const decimal DefaultContributionsRate = 30m;

    public static decimal ContributionsRate(IStore store) =>
        store.Scalar<string>("SELECT value FROM pay_settings WHERE key = 'contributions_rate'") is { } v
            ? decimal.Parse(v, CultureInfo.InvariantCulture) : DefaultContributionsRate;

    public static void SetContributionsRate(IStore store, decimal rate) =>
        store.Execute("INSERT INTO pay_settings (key, value) VALUES ('contributions_rate', $Value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { Value = rate.ToString(CultureInfo.InvariantCulture) });
}
