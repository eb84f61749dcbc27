using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;

namespace Ops.Clients.Commands;

internal static class SearchCommand
{
    public static Command Create(IOpsContext context)
    {
        var text = new Argument<string>("text") { Description = "Part of a name, INN, contact person, phone or e-mail" }.CarriesClientData();
        var format = FormatOption.Create();
        var command = new Command("search", "Find clients you may see; contact details are searched only where you may see them") { text, format };
        command.WithExamples("ops clients search Дельта", "ops clients search +79161234567");
        command.SetAction(parse =>
        {
            var access = new ClientAccess(context);
            access.DemandView();
            var needle = Normalize(parse.GetValue(text)!);
            var phoneNeedle = new string(needle.Where(char.IsAsciiDigit).ToArray());
            var query = new ClientQuery(access);
            Filters.Status(query, "any");
            var audit = new ViewAudit(context, "search");
            // A first pass records what is about to be shown; the second shows it.
            audit.RecordBefore(query.Run().Where(r => Matches(r, needle, phoneNeedle)));
            context.Output.Rows(query.Run().Where(r => Matches(r, needle, phoneNeedle)), ClientColumns.List, parse.GetValue(format));
            audit.Done(access);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Contact fields take part only when the reader may see them: otherwise a search for a phone
    // number would tell whose number it is, which is exactly what masking hides.
    private static bool Matches(ClientRecord r, string needle, string phoneNeedle)
    {
        if (Normalize(r.Name).Contains(needle) || r.Inn.Contains(needle)) return true;
        if (!r.ContactsVisible) return false;
        foreach (var c in r.Contacts)
        {
            if (Normalize(c.Person).Contains(needle)) return true;
            foreach (var (kind, value) in c.Points)
            {
                if (Normalize(value).Contains(needle)) return true;
                if (kind == "phone" && phoneNeedle.Length >= 4 && value.Contains(phoneNeedle)) return true;
            }
        }
        return false;
    }

    private static string Normalize(string s) => s.Trim().ToLowerInvariant().Replace('ё', 'е');
}
