using System.CommandLine;
using Ops.Documents.Commands;
using Ops.Documents.Rendering;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Documents.Letters;

/// <summary><c>ops docs letters LOGIN --successor LOGIN --out DIR</c>: the director's letter to each client the person led,
/// as <c>letter-ID.docx</c> and <c>letter-ID.eml</c>. Only clients the actor's <c>clients.contacts</c> scope reaches;
/// recorded in the audit with every client before the first file is written.</summary>
internal static class LettersCommand
{
    private sealed record Row(long ClientId, string Client, string Docx, string Eml);

    public static Command Create(IOpsContext context)
    {
        var login = new Argument<string>("login") { Description = "The person who leaves: her clients (as lead on her last working day) get a letter" };
        var successor = Cli.Text("--successor", "Who serves them now (named in the letter, copied on the message)", "LOGIN");
        successor.Required = true;
        var outDir = Cli.Text("--out", "The folder to write to (created 0700 if missing; existing files are kept unless --force)", "DIR");
        outDir.Required = true;
        var force = new Option<bool>("--force") { Description = "Replace letters written before (never the store or a file beside it)" };
        var format = FormatOption.Create();
        var command = new Command("letters", "The director's letter to each of her clients: the new accountant and the corporate channels, as DOCX and ready-to-send .eml")
        {
            login, successor, outDir, force, format,
        };
        command.SetAction(parse =>
        {
            var scope = context.Access.Demand("docs.render");
            var who = parse.GetValue(login)!;
            var leaver = context.Staff.Find(who) ?? throw new NotFoundException($"'{who}' is not in the staff directory", "see: ops staff list");
            if (!PersonScope.Reaches(scope, context.Actor, leaver))
            {
                context.Audit.Record("docs.letters", ["staff:" + who], "denied", $"docs.render scope {scope.Text()} does not reach {who}");
                throw new AccessDeniedException($"denied: your docs.render scope ({scope.Text()}) does not reach {who}",
                    $"ask an admin: ops access explain {context.Actor.Login} docs.render");
            }
            if (leaver.LeavingDate is not { } leaving)
                throw new InvalidInputException($"{who} has no leaving date", $"record it first: ops staff leave {who} --date YYYY-MM-DD");
            var next = context.Staff.Find(parse.GetValue(successor)!) is { } s && s.Login != who && !s.HasLeft(leaving) ? s
                : throw new InvalidInputException($"--successor {parse.GetValue(successor)} is not someone who stays", "name a current staff member who takes over her clients");
            var director = context.Staff.All().Where(m => m.Role == "director" && !m.HasLeft(context.Today) && m.Email.Length > 0)
                .OrderBy(m => m.FullName == context.Firm.Director ? 0 : 1).ThenBy(m => m.Login, StringComparer.Ordinal).FirstOrDefault()
                ?? throw new InvalidInputException("no director with an e-mail in the staff directory: the letters come from the director",
                    "ops staff update LOGIN --email director@your-firm.ru (a person with role director)");
            if (!context.Plugins.IsEnabled("clients"))
                throw new UnavailableException("the client registry (clients) is not enabled: there is no list of her clients", "ops plugins enable clients");

            var clients = Clients(context, who, leaving.AddDays(-1));
            var dir = context.Files.Folder(parse.GetValue(outDir)!);
            var replace = parse.GetValue(force);
            var jobs = clients.Select(c => (Letter: new ClientLetter(context.Firm, director, leaver, next, leaving, context.Today, c),
                Docx: context.Files.Check(Path.Combine(dir, $"letter-{c.Id}.docx"), replace),
                Eml: c.Emails.Count > 0 ? context.Files.Check(Path.Combine(dir, $"letter-{c.Id}.eml"), replace) : null)).ToList();
            // Recorded (and committed) before the first letter, which carries client names and e-mails, reaches the disk.
            context.Audit.Record("docs.letters", new[] { "staff:" + who, "staff:" + next.Login }.Concat(clients.Select(c => "client:" + c.Id)),
                details: $"{clients.Count} letter(s) -> {dir}");
            var rows = new List<Row>();
            foreach (var (letter, docxPath, emlPath) in jobs)
            {
                using var docx = new MemoryStream();
                DocxWriter.Write(letter.Document(), docx);
                var bytes = docx.ToArray();
                context.Files.Write(docxPath, s => s.Write(bytes), replace);
                if (emlPath is not null) context.Files.Write(emlPath, s => letter.Message(bytes, Path.GetFileName(docxPath)).WriteTo(s), replace);
                rows.Add(new Row(letter.Client.Id, letter.Client.Name, docxPath, emlPath ?? "(no e-mail: print and send the docx)"));
            }
            context.Output.Rows(rows, [
                Column.Of<Row>("client_id", r => r.ClientId), Column.Of<Row>("client", r => r.Client),
                Column.Of<Row>("docx", r => r.Docx), Column.Of<Row>("eml", r => r.Eml)], parse.GetValue(format));
            context.Output.Message($"Wrote {rows.Count} letter(s) from {director.FullName} about {next.FullName}; open each .eml in a mail program and send it.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The active clients she led on her last working day that the actor's <c>clients.contacts</c> scope reaches.</summary>
    private static List<LetterClient> Clients(IOpsContext context, string login, DateOnly lastDay)
    {
        var decision = context.Access.Decide("clients.contacts");
        var args = new Dictionary<string, object?>(ReachView.Args(context.Actor.Login, context.Today)) { ["Login"] = login, ["Day"] = lastDay.ToIso() };
        var clients = context.Store.Query($"""
                SELECT c.id, c.name FROM clients_v1 c
                WHERE c.status <> 'left' AND {ReachView.Clients.Predicate(decision.Scope, "c.id")}
                  AND EXISTS (SELECT 1 FROM client_assignments_v1 a WHERE a.client_id = c.id AND a.login = $Login AND a.role = 'lead'
                              AND (a.from_date IS NULL OR a.from_date <= $Day) AND (a.to_date IS NULL OR a.to_date > $Day))
                ORDER BY c.id
                """, r => (Id: r.Int("id"), Name: r.Text("name")), args).ToList();
        var ids = clients.Select(c => c.Id).ToHashSet();
        var contacts = context.Store.Query("SELECT client_id, person, value FROM client_contact_points_v1 WHERE kind = 'email' ORDER BY client_id, contact_id",
                r => (Client: r.Int("client_id"), Person: r.Text("person"), Email: r.Text("value")))
            .Where(p => ids.Contains(p.Client)).ToLookup(p => p.Client);
        return clients.Select(c => new LetterClient(c.Id, c.Name, contacts[c.Id].Select(p => p.Person).FirstOrDefault(p => p.Length > 0) ?? "",
            contacts[c.Id].Select(p => p.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList())).ToList();
    }
}
