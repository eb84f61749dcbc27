using System.Globalization;
using System.Text;
using Ops.Clients.Data;
using Ops.Sdk.Output;

namespace Ops.Clients.Export;

/// <summary>One line of an export: a real client (contacts masked as in every other output) or a canary.
/// Canaries are written exactly like real rows so that nothing marks them out.</summary>
internal sealed record ExportRow(string Name, string Inn, string? Kpp, string Status, decimal MonthlyFee, string? Lead,
    string? ContactPerson, IReadOnlyList<string> Phones, IReadOnlyList<string> Emails)
{
    public static ExportRow From(ClientRecord r) => new(r.Name, r.Inn, r.Kpp, r.Status, Values.Roubles(r.FeeKopecks), r.Lead,
        ClientColumns.Persons(r).FirstOrDefault(), ClientColumns.Points(r, "phone").ToList(), ClientColumns.Points(r, "email").ToList());

    public static ExportRow From(Canary c, string? lead) => new(c.Name, c.Inn, c.Kpp, c.Status, Values.Roubles(c.FeeKopecks), lead,
        c.Person, [c.Phone], [c.Email]);

    public static readonly IReadOnlyList<Column<ExportRow>> Columns =
    [
        Column.Of<ExportRow>("name", r => r.Name),
        Column.Of<ExportRow>("inn", r => r.Inn),
        Column.Of<ExportRow>("kpp", r => r.Kpp),
        Column.Of<ExportRow>("status", r => r.Status),
        Column.Of<ExportRow>("monthly_fee", r => r.MonthlyFee),
        Column.Of<ExportRow>("lead", r => r.Lead),
        Column.Of<ExportRow>("contact_person", r => r.ContactPerson),
        Column.Of<ExportRow>("phones", r => r.Phones),
        Column.Of<ExportRow>("emails", r => r.Emails),
    ];

    /// <summary>The plain-text form: one client a line.</summary>
    public string Text()
    {
        var sb = new StringBuilder($"{Name}, ИНН {Inn}");
        if (ContactPerson is not null) sb.Append(CultureInfo.InvariantCulture, $" — {ContactPerson}");
        foreach (var p in Phones.Concat(Emails)) sb.Append(", ").Append(p);
        return sb.ToString();
    }
}
