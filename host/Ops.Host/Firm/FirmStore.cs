using Ops.Sdk;
using Ops.Sdk.Store;

namespace Ops.Host.Firm;

/// <summary>The firm profile, kept as key/value rows in <c>ops_firm</c>.</summary>
internal static class FirmStore
{
    /// <summary>The keys <c>ops firm set</c> accepts, in display order, with their help.</summary>
    public static readonly IReadOnlyList<(string Key, string Help)> Fields =
    [
        ("name", "the firm's full legal name, as on its documents"),
        ("inn", "the firm's INN (10 digits, check digits validated)"),
        ("ogrn", "the firm's OGRN (13 digits) or OGRNIP (15)"),
        ("address", "the firm's registered address (location, for the «Коммерческая тайна» stamp)"),
        ("director", "the director's full name"),
        ("domain", "the corporate mail domain, e.g. buh-expert.ru"),
        ("shared-mailbox", "the shared corporate address clients must write to"),
        ("archive-mailbox", "the mailbox that receives copies of client mail"),
        ("time-zone", $"the firm's IANA time zone, which decides what today is (default {FirmTime.DefaultZoneId})"),
        ("full-name", "the full name for the «Коммерческая тайна» stamp, e.g. «Общество с ограниченной ответственностью «Бухэксперт»»; a sole trader: «Индивидуальный предприниматель Фамилия Имя Отчество»"),
        ("legal-form", "organisation or sole-trader"),
        ("location", "for the stamp: an organisation's place of state registration (e.g. г. Москва), a sole trader's place of residence (default: the address)"),
        ("director-position", "the director's position, e.g. Генеральный директор"),
        ("director-position-genitive", "the position in the genitive, after «в лице», e.g. Генерального директора"),
        ("director-genitive", "the director's full name in the genitive, e.g. Соколова Андрея Викторовича"),
        ("language", "ru or en: the language of the risk report and its findings (default: ru for a firm with an INN, else en)"),
        ("director-basis", "the basis of authority as contracts write it, e.g. «действующего на основании Устава» (действующей for a woman)"),
    ];

    /// <summary>The firm's time-zone id as set, or the default.</summary>
    public static string TimeZoneId(IStore store) => ZoneOrDefault(store.Scalar<string>("SELECT value FROM ops_firm WHERE key = 'time-zone'"));

    private static string ZoneOrDefault(string? id) => id is { Length: > 0 } ? id : FirmTime.DefaultZoneId;

    public static FirmProfile Load(IStore store)
    {
        var values = store.Query("SELECT key, value FROM ops_firm", r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(kv => kv.Item1, kv => kv.Item2, StringComparer.Ordinal);
        string Get(string key) => values.GetValueOrDefault(key, "");
        return new FirmProfile(Get("name"), Get("inn"), Get("ogrn"), Get("address"), Get("director"),
            Get("domain"), Get("shared-mailbox"), Get("archive-mailbox"))
        {
            FullName = Get("full-name"), LegalForm = values.GetValueOrDefault("legal-form", "organisation"), Location = Get("location"),
            DirectorPosition = Get("director-position"), DirectorPositionGenitive = Get("director-position-genitive"),
            DirectorGenitive = Get("director-genitive"), DirectorBasis = Get("director-basis"),
            TimeZone = ZoneOrDefault(values.GetValueOrDefault("time-zone")),
            Language = values.GetValueOrDefault("language") is { Length: > 0 } language ? language : Get("inn").Length > 0 ? "ru" : "en",
        };
    }

    public static void Set(IStore store, string key, string value) =>
        store.Execute("INSERT INTO ops_firm (key, value) VALUES ($Key, $Value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { Key = key, Value = value });
}
