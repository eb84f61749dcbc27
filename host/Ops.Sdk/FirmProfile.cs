namespace Ops.Sdk;

/// <summary>The firm that owns the store. Empty strings where the admin has not set a value yet.</summary>
public sealed record FirmProfile(
    string Name,
    string Inn,
    string Ogrn,
    string Address,
    string Director,
    string Domain,
    string SharedMailbox,
    string ArchiveMailbox)
{
    /// <summary>The full name, as on the firm's founding documents («Общество с ограниченной ответственностью «…»»,
    /// or «Индивидуальный предприниматель Фамилия Имя Отчество»); the «Коммерческая тайна» stamp carries it.</summary>
    public string FullName { get; init; } = "";

    /// <summary><c>organisation</c> or <c>sole-trader</c>.</summary>
    public string LegalForm { get; init; } = "organisation";

    /// <summary>The location for the stamp: an organisation's place of state registration (e.g. «г. Москва»), a sole
    /// trader's place of residence. Empty: the address is used.</summary>
    public string Location { get; init; } = "";

    /// <summary>The director's position in the nominative, for signature lines («Генеральный директор»).</summary>
    public string DirectorPosition { get; init; } = "";

    /// <summary>The position in the genitive, after «в лице» («Генерального директора»).</summary>
    public string DirectorPositionGenitive { get; init; } = "";

    /// <summary>The director's full name in the genitive, after «в лице …» («Соколова Андрея Викторовича»).</summary>
    public string DirectorGenitive { get; init; } = "";

    /// <summary>The basis of authority as a contract writes it («действующего на основании Устава»).</summary>
    public string DirectorBasis { get; init; } = "";

    /// <summary>The language of what Ops writes for people (<c>ru</c> or <c>en</c>; <c>ops firm set --language</c>): the risk
    /// report and the findings the plugins' checks write for it. Unset, a firm with an INN (a Russian taxpayer) reads
    /// Russian and any other English.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The firm's IANA time zone id (<c>ops firm set --time-zone</c>), which decides when its days begin
    /// (<see cref="FirmTime.Zone"/>, <see cref="FirmTime.StartOfDay"/>).</summary>
    public string TimeZone { get; init; } = FirmTime.DefaultZoneId;

    /// <summary>True for a sole trader (ИП).</summary>
    public bool IsSoleTrader => LegalForm == "sole-trader";

    /// <summary>The stamp's owner line: the full name, else the short name.</summary>
    public string StampName => FullName.Length > 0 ? FullName : Name;

    /// <summary>The stamp's location: <see cref="Location"/>, else the address.</summary>
    public string StampLocation => Location.Length > 0 ? Location : Address;
}
