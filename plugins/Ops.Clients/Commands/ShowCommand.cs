using System.CommandLine;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Store;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Clients.Commands;

internal static class ShowCommand
{
    public static Command Create(IOpsContext context)
    {
        var client = Opts.Client();
        var format = FormatOption.Create();
        var command = new Command("show", "Show one client: details, domains, who serves it, contacts (masked unless you may see them)") { client, format };
        command.WithExamples("ops clients show 5099068639", "ops clients show 5099068639 --format json");
        command.SetAction(parse =>
        {
            var access = new ClientAccess(context);
            var r = ClientLookup.Find(access, parse.GetValue(client)!);
            var fmt = parse.GetValue(format);
            var domains = context.Store.Query("SELECT domain FROM clients_domains WHERE client_id = $Id ORDER BY domain",
                x => x.GetString(0), new { r.Id }).ToList();
            var assignments = context.Store.Query("""
                SELECT login, role, from_date, to_date FROM clients_assignments WHERE client_id = $Id ORDER BY from_date, id
                """, x => new Dictionary<string, object?>
            {
                ["login"] = x.Text("login"), ["role"] = x.Text("role"), ["from"] = x.Date("from_date"), ["to"] = x.Date("to_date"),
            }, new { r.Id }).ToList();
            var contacts = r.Contacts.Select(c => new Dictionary<string, object?>
            {
                ["id"] = c.Id,
                ["person"] = r.ContactsVisible ? c.Person : Mask.Person(c.Person),
                ["position"] = c.Position,
                ["phones"] = Shown(r, c, "phone"),
                ["emails"] = Shown(r, c, "email"),
                ["messengers"] = Shown(r, c, "messenger"),
            }).ToList();

            var fields = new List<KeyValuePair<string, object?>>
            {
                new("id", r.Id), new("name", r.Name), new("inn", r.Inn), new("kpp", r.Kpp), new("ogrn", r.Ogrn),
                new("legal_form", r.LegalForm), new("status", r.Status), new("left_on", r.LeftOn), new("left_reason", r.LeftReason),
                new("left_with", r.LeftWith), new("monthly_fee", Values.Roubles(r.FeeKopecks)), new("services", Values.List(r.Services).ToList()),
                new("is_key", r.IsKey), new("owner_contact", r.OwnerContact), new("last_owner_contact_on", r.LastOwnerContactOn),
                new("started_on", r.StartedOn), new("domains", domains),
                new("assignments", fmt == OutputFormat.Json ? assignments : assignments.Select(AssignmentText).ToList()),
                new("contacts", fmt == OutputFormat.Json ? contacts : contacts.Select(ContactText).ToList()),
                new("contacts_masked", !r.ContactsVisible),
            };
            if (!r.ContactsVisible) fields.Add(new("contacts_note", access.MaskNote(1)));
            var audit = new ViewAudit(context, "show");
            audit.RecordBefore([r]);
            context.Output.Record(fields, fmt);
            audit.Done(access);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<string> Shown(ClientRecord r, ContactRecord c, string kind) =>
        c.Of(kind).Select(v => r.ContactsVisible ? v : Mask.Point(kind, v)).ToList();

    private static string AssignmentText(Dictionary<string, object?> a) =>
        $"{a["login"]} ({a["role"]}) from {CellText.Of(a["from"])}" + (a["to"] is null ? "" : $" to {CellText.Of(a["to"])}");

    private static string ContactText(Dictionary<string, object?> c)
    {
        var points = new[] { "phones", "emails", "messengers" }.SelectMany(k => (List<string>)c[k]!);
        var position = (string)c["position"]! is { Length: > 0 } p ? $", {p}" : "";
        return $"#{c["id"]} {c["person"]}{position}: {string.Join(", ", points)}";
    }
}
