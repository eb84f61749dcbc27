using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Clients.Commands;

/// <summary><c>ops clients contacts add|list|remove</c>.</summary>
internal static class ContactsCommands
{
    public static Command Create(IOpsContext context)
    {
        var group = new Command("contacts", "A client's contact persons: phones, e-mails, messengers");
        group.Subcommands.Add(Add(context));
        group.Subcommands.Add(List(context));
        group.Subcommands.Add(Remove(context));
        return group;
    }

    private static Command Add(IOpsContext context)
    {
        var client = Opts.Client();
        var person = new Argument<string>("person") { Description = "The contact person's name" };
        person.CarriesClientData();
        var position = OpsOptions.Text("--position", "Position, e.g. главный бухгалтер");
        var phone = new Option<string[]>("--phone") { Description = "Phone (repeatable)", HelpName = "PHONE", AllowMultipleArgumentsPerToken = false };
        phone.CarriesClientData();
        var email = new Option<string[]>("--email") { Description = "E-mail (repeatable)", HelpName = "ADDRESS" };
        email.CarriesClientData();
        var messenger = new Option<string[]>("--messenger") { Description = "Messenger handle (repeatable)", HelpName = "HANDLE" };
        messenger.CarriesClientData();
        var command = new Command("add", "Add a contact person (or replace the details of one with the same name)") { client, person, position, phone, email, messenger };
        command.WithExamples("ops clients contacts add 5099068639 \"Геннадий Полов\" --position \"генеральный директор\" --phone +79161234567 --email polov@delta-logistik.example");
        command.SetAction(parse =>
        {
            var found = ClientLookup.FindFor(context, parse.GetValue(client)!, Permissions.Edit);
            var today = context.Today;
            var fields = new ClientFields();
            void Set(string field, string? value)
            {
                if (value is not null && fields.Set(field, value, context.Staff, today) is { } p)
                    throw new InvalidInputException($"{field.Replace("contact_", "--").TrimEnd('s')}: {p.Problem}", p.Fix);
            }
            Set("contact_person", parse.GetValue(person));
            if (!fields.HasContact) throw new UsageException("the person's name is empty");
            Set("contact_position", parse.GetValue(position) ?? "");
            Set("contact_phones", string.Join('|', parse.GetValue(phone) ?? []));
            Set("contact_emails", string.Join('|', parse.GetValue(email) ?? []));
            Set("contact_messengers", string.Join('|', parse.GetValue(messenger) ?? []));
            var id = context.Store.Write(() =>
            {
                var contactId = new ClientWriter(context.Store, today).UpsertContact(found.Id, fields.ContactPerson!, fields.ContactPosition, fields);
                context.Audit.Record("clients.contacts.add", ["client:" + found.Id, "contact:" + contactId]);
                return contactId;
            });
            context.Output.Message($"Saved contact {id} of client {found.Id}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(IOpsContext context)
    {
        var client = Opts.Client();
        var format = FormatOption.Create();
        var command = new Command("list", "List a client's contacts (masked unless you hold clients.contacts for it)") { client, format };
        command.WithExamples("ops clients contacts list 5099068639");
        command.SetAction(parse =>
        {
            var access = new ClientAccess(context);
            var r = ClientLookup.Find(access, parse.GetValue(client)!);
            var rows = r.Contacts.SelectMany(c => c.Points.Count == 0 ? [(c, Kind: "", Value: "")] : c.Points.Select(p => (c, p.Kind, p.Value)));
            IReadOnlyList<Column<(ContactRecord C, string Kind, string Value)>> columns =
            [
                Column.Of<(ContactRecord C, string Kind, string Value)>("contact_id", x => x.C.Id),
                Column.Of<(ContactRecord C, string Kind, string Value)>("person", x => r.ContactsVisible ? x.C.Person : Mask.Person(x.C.Person)),
                Column.Of<(ContactRecord C, string Kind, string Value)>("position", x => x.C.Position),
                Column.Of<(ContactRecord C, string Kind, string Value)>("kind", x => x.Kind),
                Column.Of<(ContactRecord C, string Kind, string Value)>("value", x => r.ContactsVisible || x.Kind == "" ? x.Value : Mask.Point(x.Kind, x.Value)),
            ];
            var audit = new ViewAudit(context, "contacts list");
            audit.RecordBefore([r]);
            context.Output.Rows(rows, columns, parse.GetValue(format));
            audit.Done(access);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(IOpsContext context)
    {
        var client = Opts.Client();
        var contact = new Argument<long>("contact-id") { Description = "The contact's id (see: ops clients contacts list CLIENT)" };
        var command = new Command("remove", "Remove a contact person and their details") { client, contact };
        command.WithExamples("ops clients contacts remove 5099068639 3");
        command.SetAction(parse =>
        {
            var found = ClientLookup.FindFor(context, parse.GetValue(client)!, Permissions.Edit);
            var id = parse.GetValue(contact);
            context.Store.Write(() =>
            {
                context.Store.Execute("DELETE FROM clients_contact_points WHERE contact_id = $Id AND client_id = $Client", new { Id = id, Client = found.Id });
                if (context.Store.Execute("DELETE FROM clients_contacts WHERE id = $Id AND client_id = $Client", new { Id = id, Client = found.Id }) == 0)
                    throw new NotFoundException($"client {found.Id} has no contact {id}", $"see: ops clients contacts list {found.Id}");
                context.Audit.Record("clients.contacts.remove", ["client:" + found.Id, "contact:" + id]);
            });
            context.Output.Message($"Removed contact {id} of client {found.Id}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
