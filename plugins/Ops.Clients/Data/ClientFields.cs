using Ops.Sdk.Directory;
using Ops.Sdk.Validation;

namespace Ops.Clients.Data;

/// <summary>A set of client values to write, validated one field at a time by the same rules for
/// command-line options and import columns. Field names are the import header names (docs/contracts.md).</summary>
internal sealed class ClientFields
{
    public Dictionary<string, object?> Columns { get; } = new(StringComparer.Ordinal);
    public string[]? Domains { get; set; }
    public string? Lead { get; set; }
    public string? Backup { get; set; }
    public bool LeadGiven { get; set; }
    public bool BackupGiven { get; set; }
    public string? ContactPerson { get; set; }
    public string ContactPosition { get; set; } = "";
    public List<string> Phones { get; } = [];
    public List<string> Emails { get; } = [];
    public List<string> Messengers { get; } = [];

    public string? Inn => Columns.GetValueOrDefault("inn") as string;
    public bool HasContact => !string.IsNullOrWhiteSpace(ContactPerson);
    public bool HasContactPoints => Phones.Count + Emails.Count + Messengers.Count > 0;

    public static readonly string[] Names =
    [
        "inn", "name", "kpp", "ogrn", "legal_form", "status", "monthly_fee", "services", "key_client", "owner_contact",
        "last_owner_contact", "started_on", "domains", "lead", "backup", "contact_person", "contact_position",
        "contact_phones", "contact_emails", "contact_messengers", "tax_regime", "employer", "vat_payer",
    ];

    /// <summary>Whether the INN, OGRN/OGRNIP, KPP and legal form given here, over the client's stored ones
    /// (<paramref name="stored"/>, for an update), can belong to one taxpayer. Returns (column, problem, fix) or null.</summary>
    public (string Column, string Problem, string Fix)? IdentityProblem((string Inn, string? Ogrn, string? Kpp, string? LegalForm)? stored = null)
    {
        string? Given(string key, string? old) => Columns.TryGetValue(key, out var v) ? v as string : old;
        var inn = Given("inn", stored?.Inn);
        if (inn is null) return null;
        var ogrn = Given("ogrn", stored?.Ogrn);
        var kpp = Given("kpp", stored?.Kpp);
        if (RussianIds.ConsistencyProblem(inn, ogrn, kpp) is { } problem)
            return (!string.IsNullOrEmpty(ogrn) && (ogrn.Length == 13) != (inn.Length == 10) ? "ogrn" : "kpp", problem,
                "an organisation has a 10-digit INN, a 13-digit OGRN and a KPP; a sole trader a 12-digit INN, a 15-digit OGRNIP and no KPP");
        var form = Given("legal_form", stored?.LegalForm)?.Trim();
        var soleTrader = form is not null && (form.Equals("ИП", StringComparison.OrdinalIgnoreCase) || form.StartsWith("индивидуальный", StringComparison.OrdinalIgnoreCase));
        if (soleTrader && inn.Length == 10)
            return ("legal_form", $"legal form {form} is a sole trader's, but INN {inn} is an organisation's (10 digits)",
                "a sole trader has a 12-digit INN; check the INN or the legal form");
        return null;
    }

    /// <summary>The day a fee given with it takes effect (<c>--from</c>); null means today.</summary>
    public DateOnly? FeeFrom { get; set; }

    /// <summary>The tax regimes a profile may name (general, simplified, patent, automated simplified), Cyrillic or Latin.</summary>
    private static readonly Dictionary<string, string> RegimeNames = new(StringComparer.Ordinal)
    {
        ["ОСНО"] = "ОСНО", ["OSNO"] = "ОСНО", ["УСН"] = "УСН", ["USN"] = "УСН", ["ПСН"] = "ПСН", ["PSN"] = "ПСН", ["АУСН"] = "АУСН", ["AUSN"] = "АУСН",
    };

    /// <summary>Validates <paramref name="raw"/> for <paramref name="field"/> and keeps it. Returns (problem, fix) or null.</summary>
    public (string Problem, string Fix)? Set(string field, string raw, IStaffDirectory staff, DateOnly today)
    {
        var v = raw.Trim();
        string? Nul() => v.Length == 0 ? null : v;
        switch (field)
        {
            case "name":
                if (v.Length == 0) return ("the name is empty", "write the client's name");
                if (v.Length > 300) return ("the name is longer than 300 characters", "shorten it");
                Columns["name"] = v; return null;
            case "inn":
                if (RussianIds.InnProblem(v) is { } innProblem) return (innProblem, "check the INN against the client's documents (10 digits for a company, 12 for an individual)");
                Columns["inn"] = v; return null;
            case "kpp":
                if (v.Length > 0 && RussianIds.KppProblem(v) is { } kppProblem) return (kppProblem, "check the KPP, or leave it empty for an individual");
                Columns["kpp"] = Nul(); return null;
            case "ogrn":
                if (v.Length > 0 && RussianIds.OgrnProblem(v) is { } ogrnProblem) return (ogrnProblem, "check the OGRN, or leave it empty");
                Columns["ogrn"] = Nul(); return null;
            case "legal_form": Columns["legal_form"] = Nul(); return null;
            case "status":
                if (Values.Status(v) is not { } status) return ($"'{v}' is not a status", "use active, paused or left");
                Columns["status"] = status; return null;
            case "monthly_fee":
                if (Values.Kopecks(v) is not { } kopecks || kopecks < 0) return ($"'{v}' is not an amount of roubles", "write e.g. 12500, 12500.00 or 12 500,00");
                Columns["monthly_fee_kopecks"] = kopecks; return null;
            case "services": Columns["services"] = string.Join('|', Values.List(v)); return null;
            case "key_client":
                if (Values.Flag(v) is not { } key) return ($"'{v}' is not yes or no", "write yes or no");
                Columns["is_key"] = key ? 1 : 0; return null;
            case "owner_contact":
                if (v.Length > 0 && staff.Find(v) is null) return ($"'{v}' is not in the staff directory", "use a staff login (ops staff list), or add the person first");
                Columns["owner_contact"] = Nul(); return null;
            case "last_owner_contact" or "started_on":
                DateOnly? date = v.Length == 0 ? null : Values.Date(v);
                if (v.Length > 0 && date is null) return ($"'{v}' is not a date", "write it as YYYY-MM-DD");
                if (date > today) return ($"{date:yyyy-MM-dd} is in the future", "use a date up to today");
                Columns[field == "started_on" ? "started_on" : "last_owner_contact_on"] = date; return null;
            case "domains":
                var domains = Values.List(v).Select(d => d.ToLowerInvariant()).Distinct().ToArray();
                if (domains.Select(MailAddress.DomainProblem).FirstOrDefault(p => p is not null) is { } domainProblem)
                    return (domainProblem, "write domains like client.ru, separated by |");
                Domains = domains; return null;
            case "lead" or "backup":
                if (v.Length > 0 && staff.Find(v) is null) return ($"'{v}' is not in the staff directory", "use a staff login (ops staff list)");
                if (v.Length > 0 && staff.Find(v)!.HasLeft(today)) return ($"{v} has left the firm", "assign someone who works here");
                if (field == "lead") { Lead = Nul(); LeadGiven = true; } else { Backup = Nul(); BackupGiven = true; }
                return null;
            case "contact_person": ContactPerson = Nul(); return null;
            case "contact_position": ContactPosition = v; return null;
            case "contact_phones":
                foreach (var p in Values.List(v))
                    if (Values.Phone(p) is { } phone) Phones.Add(phone);
                    else return (Values.PhoneProblem(p)!, "write it like +7 912 555-01-02 or +7 495 123-45-67 доб. 123, separated by |");
                return null;
            case "contact_emails":
                foreach (var e in Values.List(v))
                    if (Values.Email(e) is { } email) Emails.Add(email);
                    else return (MailAddress.AddressProblem(e)!, "write addresses like name@client.ru, separated by |");
                return null;
            case "contact_messengers": Messengers.AddRange(Values.List(v)); return null;
            case "tax_regime":
                var regime = RegimeNames.GetValueOrDefault(v.ToUpperInvariant());
                if (v.Length > 0 && regime is null) return ($"'{v}' is not a tax regime", "use ОСНО, УСН, ПСН or АУСН (or OSNO, USN, PSN, AUSN)");
                Columns["tax_regime"] = v.Length == 0 ? null : regime; return null;
            case "employer" or "vat_payer":
                if (v.Length > 0 && Values.Flag(v) is null) return ($"'{v}' is not yes or no", "write yes or no (empty: not known)");
                Columns[field] = v.Length == 0 ? null : Values.Flag(v)!.Value ? 1 : 0; return null;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }
}
