using Ops.Clients.Access;
using Ops.Sdk.Output;

namespace Ops.Clients.Data;

/// <summary>The columns of client listings (list, search). Contact details pass through the mask unless
/// the reader holds clients.contacts for that client. Keys are stable: scripts parse them.</summary>
internal static class ClientColumns
{
    public static readonly IReadOnlyList<Column<ClientRecord>> List =
    [
        Column.Of<ClientRecord>("id", r => r.Id),
        Column.Of<ClientRecord>("name", r => r.Name),
        Column.Of<ClientRecord>("inn", r => r.Inn),
        Column.Of<ClientRecord>("kpp", r => r.Kpp),
        Column.Of<ClientRecord>("status", r => r.Status),
        new("is_key", "KEY", r => r.IsKey),
        Column.Of<ClientRecord>("monthly_fee", r => Values.Roubles(r.FeeKopecks)),
        Column.Of<ClientRecord>("lead", r => r.Lead),
        new("owner_contact", "OWNER", r => r.OwnerContact),
        new("contact_person", "CONTACT", r => Persons(r).FirstOrDefault()),
        Column.Of<ClientRecord>("phones", r => Points(r, "phone").ToList()),
        Column.Of<ClientRecord>("emails", r => Points(r, "email").ToList()),
        Column.Of<ClientRecord>("messengers", r => Points(r, "messenger").ToList()),
        new("contacts_masked", "MASKED", r => !r.ContactsVisible),
    ];

    /// <summary>The contact persons as the reader may see them.</summary>
    public static IEnumerable<string> Persons(ClientRecord r) =>
        r.Contacts.Select(c => r.ContactsVisible ? c.Person : Mask.Person(c.Person));

    /// <summary>All contact points of a kind, masked unless visible.</summary>
    public static IEnumerable<string> Points(ClientRecord r, string kind) =>
        r.Contacts.SelectMany(c => c.Of(kind)).Select(v => r.ContactsVisible ? v : Mask.Point(kind, v));
}
