using System.Data.Common;
using Ops.Sdk.Store;

namespace Ops.Clients.Data;

/// <summary>One contact person and their contact points, as stored (unmasked).</summary>
internal sealed record ContactRecord(long Id, string Person, string Position, List<(string Kind, string Value)> Points)
{
    public IEnumerable<string> Of(string kind) => Points.Where(p => p.Kind == kind).Select(p => p.Value);
}

/// <summary>One client as read for a listing, with whether the reader may see its contacts.</summary>
internal sealed class ClientRecord
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Inn { get; init; } = "";
    public string? Kpp { get; init; }
    public string? Ogrn { get; init; }
    public string? LegalForm { get; init; }
    public string Status { get; init; } = "active";
    public DateOnly? LeftOn { get; init; }
    public string? LeftReason { get; init; }
    public string? LeftWith { get; init; }
    public long FeeKopecks { get; init; }
    public string Services { get; init; } = "";
    public bool IsKey { get; init; }
    public string? OwnerContact { get; init; }
    public DateOnly? LastOwnerContactOn { get; init; }
    public DateOnly? StartedOn { get; init; }
    public string? Lead { get; init; }
    public bool ContactsVisible { get; init; }
    public List<ContactRecord> Contacts { get; } = [];

    /// <summary>The SELECT list that <see cref="Read"/> expects, over alias c; $-parameters from ClientScope.</summary>
    public static string Columns(string contactsSql) => $"""
        c.id, c.name, c.inn, c.kpp, c.ogrn, c.legal_form, c.status, c.left_on, c.left_reason, c.left_with,
        c.monthly_fee_kopecks, c.services, c.is_key, c.owner_contact, c.last_owner_contact_on, c.started_on,
        (SELECT MIN(la.login) FROM clients_assignments la WHERE la.client_id = c.id AND la.role = 'lead'
            AND la.from_date <= $ScopeToday AND (la.to_date IS NULL OR la.to_date > $ScopeToday)) AS lead,
        CASE WHEN {contactsSql} THEN 1 ELSE 0 END AS contacts_visible
        """;

    public static ClientRecord Read(DbDataReader r) => new()
    {
        Id = r.Int("id"),
        Name = r.Text("name"),
        Inn = r.Text("inn"),
        Kpp = r.TextOrNull("kpp"),
        Ogrn = r.TextOrNull("ogrn"),
        LegalForm = r.TextOrNull("legal_form"),
        Status = r.Text("status"),
        LeftOn = r.Date("left_on"),
        LeftReason = r.TextOrNull("left_reason"),
        LeftWith = r.TextOrNull("left_with"),
        FeeKopecks = r.Int("monthly_fee_kopecks"),
        Services = r.Text("services"),
        IsKey = r.Flag("is_key"),
        OwnerContact = r.TextOrNull("owner_contact"),
        LastOwnerContactOn = r.Date("last_owner_contact_on"),
        StartedOn = r.Date("started_on"),
        Lead = r.TextOrNull("lead"),
        ContactsVisible = r.Flag("contacts_visible"),
    };
}
