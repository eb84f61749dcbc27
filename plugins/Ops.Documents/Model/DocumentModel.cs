using System.Globalization;
using Ops.Documents.Data;
using Ops.Documents.Templating;
using Ops.Sdk;
using Scriban.Runtime;

namespace Ops.Documents.Model;

/// <summary>Everything a template may use, as plain script objects (no .NET object is exposed to templates).
/// The names are documented in docs/documents.md; an unknown name is an error.</summary>
internal sealed class DocumentModel
{
    public required FirmProfile Firm { get; init; }
    public required DocumentKind Kind { get; init; }
    public required int Version { get; init; }
    public required string Lang { get; init; }
    public required DateOnly Today { get; init; }
    public required IReadOnlyList<SecretItem> Secrets { get; init; }
    public required IReadOnlyList<PersonInfo> People { get; init; }
    public required Signatures Signed { get; init; }
    public required Adoption? Adoption { get; init; }
    public required bool ClientsEnabled { get; init; }
    public required IReadOnlyDictionary<string, int> Versions { get; init; }
    public IReadOnlyList<Counterparty> Counterparties { get; init; } = [];
    /// <summary>The pay plans the «Положение о премировании» is rendered from (empty for other documents).</summary>
    public BonusRuleSet Bonus { get; init; } = BonusRuleSet.None;
    /// <summary>Names of the people a personal pay plan applies to, by login.</summary>
    public IReadOnlyDictionary<string, string> StaffNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The globals for one rendering; <paramref name="person"/> for personal documents.</summary>
    public ScriptObject Globals(PersonInfo? person)
    {
        var g = new ScriptObject
        {
            ["firm"] = FirmObject(),
            ["doc"] = new ScriptObject { ["id"] = Kind.Id, ["title"] = Kind.Title(Lang), ["version"] = Version, ["lang"] = Lang },
            ["today"] = Date(Today),
            ["secrets"] = SecretsArray(),
            ["clients_enabled"] = ClientsEnabled,
            ["adoption"] = Adoption is null ? null : new ScriptObject { ["date"] = Date(Adoption.AdoptedOn), ["order"] = Adoption.OrderRef, ["version"] = Adoption.Version },
            ["required_docs"] = RequiredDocs(),
            ["person"] = person is null ? null : PersonObject(person),
            ["people"] = PeopleArray(),
            ["bonus"] = _bonus ??= Ops.Documents.Bonus.BonusRegulation.Script(Bonus, Lang, StaffNames),
            ["counterparties"] = new ScriptArray(Counterparties.Select((c, i) => (object?)new ScriptObject
            {
                ["number"] = i + 1, ["name"] = c.Name, ["inn"] = c.Inn, ["contract"] = c.Contract, ["information"] = c.Information,
                ["provided_on"] = Date(c.ProvidedOn),
            })),
        };
        return g;
    }

    private ScriptObject? _firm;
    private ScriptObject? _bonus;
    private ScriptArray? _secrets;
    private ScriptArray? _people;
    private ScriptArray? _required;

    private ScriptObject FirmObject() => _firm ??= new ScriptObject
    {
        ["name"] = Firm.Name, ["inn"] = Firm.Inn, ["ogrn"] = Firm.Ogrn, ["address"] = Firm.Address,
        ["director"] = Firm.Director, ["domain"] = Firm.Domain, ["shared_mailbox"] = Firm.SharedMailbox,
        ["archive_mailbox"] = Firm.ArchiveMailbox,
        ["full_name"] = Firm.StampName, ["sole_trader"] = Firm.IsSoleTrader, ["location"] = Firm.StampLocation,
        ["director_position"] = Or(Firm.DirectorPosition, Firm.IsSoleTrader ? "Индивидуальный предприниматель" : "Генеральный директор"),
        ["director_position_genitive"] = Or(Firm.DirectorPositionGenitive, "Генерального директора"),
        ["director_genitive"] = Or(Firm.DirectorGenitive, Firm.Director),
        ["director_basis"] = Or(Firm.DirectorBasis, Firm.IsSoleTrader ? "действующего на основании записи в ЕГРИП" : "действующего на основании Устава"),
        ["party"] = Party(),
    };

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;

    /// <summary>How a contract names the firm: «ООО «…», в лице Генерального директора Соколова А. В., действующего на
    /// основании Устава» (the forms come from the firm profile), or a sole trader's own full name.</summary>
    private string Party() => Firm.IsSoleTrader
        ? Firm.StampName
        : $"{Firm.StampName}, в лице {Or(Firm.DirectorPositionGenitive, "Генерального директора")} {Or(Firm.DirectorGenitive, Firm.Director)}, " +
          Or(Firm.DirectorBasis, "действующего на основании Устава");

    private ScriptArray SecretsArray() => _secrets ??= new ScriptArray(Secrets.Select((s, i) => (object?)new ScriptObject
    {
        ["number"] = i + 1, ["title"] = s.Title(Lang), ["since"] = Date(s.AddedOn),
    }));

    private ScriptArray RequiredDocs() => _required ??= new ScriptArray(DocumentKind.All.Where(d => d.Signable && !d.OnDeparture).Select(d => (object?)new ScriptObject
    {
        ["id"] = d.Id, ["title"] = d.Title(Lang), ["version"] = Versions[d.Id], ["required_for_access"] = d.RequiredForAccess,
    }));

    private ScriptArray PeopleArray() => _people ??= new ScriptArray(People.Select((p, i) =>
    {
        var o = PersonObject(p);
        o["number"] = i + 1;
        return (object?)o;
    }));

    private ScriptObject PersonObject(PersonInfo p)
    {
        var s = p.Staff;
        var ack = Signed.Of(p.Login, "acknowledgment", Versions["acknowledgment"]);
        var nda = Signed.Of(p.Login, "nda", Versions["nda"]);
        var mine = Kind.Signable ? Signed.Of(p.Login, Kind.Id, Version) : null;
        return new ScriptObject
        {
            ["login"] = s.Login, ["full_name"] = p.DocumentName, ["job_title"] = p.Employment.JobTitle, ["role"] = s.Role,
            ["contract_number"] = p.Employment.ContractNumber, ["contract_date"] = Date(p.Employment.ContractDate), ["email"] = s.Email, ["team"] = s.Team,
            ["status"] = s.Status.ToString().ToLowerInvariant(),
            ["hire_date"] = Date(s.HireDate), ["leaving_date"] = Date(s.LeavingDate),
            ["notice_date"] = Date(s.NoticeDate), ["last_working_day"] = Date(s.LeavingDate?.AddDays(-1)),
            ["access"] = p.AccessText, ["has_access"] = p.HasSecretAccess, ["client_contacts"] = p.HasClientContacts,
            ["access_since"] = Date(p.AccessSince), ["access_until"] = Date(s.LeavingDate),
            ["clients"] = p.CurrentClients,
            ["acknowledged_on"] = Date(ack?.SignedOn), ["nda_signed_on"] = Date(nda?.SignedOn),
            ["signed_on"] = Date(mine?.SignedOn),
        };
    }

    private string? Date(DateOnly? d) =>
        d?.ToString(Lang == "en" ? "yyyy-MM-dd" : "dd.MM.yyyy", CultureInfo.InvariantCulture);
}
