using System.CommandLine;
using Ops.Documents.Commands;
using Ops.Documents.Rendering;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Cli;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Documents.Letters;

/// <summary><c>ops docs letters LOGIN --out DIR [--successor LOGIN]</c>: the director's letter to each client the person led,
/// as <c>letter-ID.docx</c> and <c>letter-ID.eml</c>. Only clients the actor's <c>clients.contacts</c> scope reaches;
/// recorded in the audit with every client before the first file is written.</summary>
internal static class LettersCommand
{
    private sealed record Row(long ClientId, string Client, string Docx, string Eml);

    public static Command Create(IOpsContext context)
    {
        var login = new Argument<string>("login") { Description = "The person who leaves: every client she led since her notice gets a letter" };
        var successor = OpsOptions.Text("--successor",
            "Who serves a client that has no new lead yet (by default each letter names the client's lead after her last day, as `ops clients handover --apply` set it)", "LOGIN");
        var outDir = OpsOptions.Out("The folder to write to (created 0700 if missing; existing files are kept unless --force)", "DIR");
        outDir.Required = true;
        var force = OpsOptions.Force("Replace letters written before (never the store or a file beside it)");
        var format = FormatOption.Create();
        var command = new Command("letters", "The director's letter to each of her clients: the new accountant and the corporate channels, as DOCX and ready-to-send .eml")
        {
            login, successor, outDir, force, format,
        };
        command.WithExamples("ops docs letters volkova --out letters", "ops docs letters volkova --successor orlova --out letters");
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
                throw new InvalidInputException($"{who} has no last working day", $"record it first: ops staff leave {who} --last-day YYYY-MM-DD");
            StaffMember Stays(string staffLogin, string what) =>
                context.Staff.Find(staffLogin) is { } m && m.Login != who && !m.HasLeft(leaving) ? m
                    : throw new InvalidInputException($"{what} {staffLogin} is not someone who stays", "name a current staff member who takes over her clients");
            var fallback = parse.GetValue(successor) is { } named ? Stays(named, "--successor") : null;
            var director = context.Staff.All().Where(m => m.Role == "director" && !m.HasLeft(context.Today) && m.Email.Length > 0)
                .OrderBy(m => m.FullName == context.Firm.Director ? 0 : 1).ThenBy(m => m.Login, StringComparer.Ordinal).FirstOrDefault()
                ?? throw new InvalidInputException("no director with an e-mail in the staff directory: the letters come from the director",
                    "ops staff update LOGIN --email director@your-firm.ru (a person with role director)");
            if (!context.Plugins.IsEnabled("clients"))
                throw new UnavailableException("the client registry (clients) is not enabled: there is no list of her clients", "ops plugins enable clients");

            var clients = Clients(context, who, leaver.NoticeDate ?? leaving.AddDays(-1), leaving);
            var orphans = clients.Where(c => c.NewLead is null).Select(c => c.Id).ToList();
            if (orphans.Count > 0 && fallback is null)
                throw new ConflictException($"{orphans.Count} of her clients have no new lead yet (client {string.Join(", ", orphans.Take(10))}), so their letters would name nobody",
                    $"hand them over first: ops clients handover {who} --apply; or name who takes them: --successor LOGIN");
            var successors = clients.Select(c => c.NewLead).OfType<string>().Distinct(StringComparer.Ordinal)
                .ToDictionary(l => l, l => Stays(l, "the new lead"), StringComparer.Ordinal);
            StaffMember SuccessorOf(LetterClient c) => c.NewLead is { } l ? successors[l] : fallback!;
            var dir = context.Files.Folder(parse.GetValue(outDir)!);
            var replace = parse.GetValue(force);
            var jobs = clients.Select(c => (Letter: new ClientLetter(context.Firm, director, leaver, SuccessorOf(c), leaving, context.Today, c),
                Docx: context.Files.Check(Path.Combine(dir, $"letter-{c.Id}.docx"), replace),
                Eml: c.Emails.Count > 0 ? context.Files.Check(Path.Combine(dir, $"letter-{c.Id}.eml"), replace) : null)).ToList();
            // Recorded (and committed) before the first letter, which carries client names and e-mails, reaches the disk.
            context.Audit.Record("docs.letters", new[] { "staff:" + who }.Concat(jobs.Select(j => "staff:" + j.Letter.Successor.Login).Distinct())
                    .Concat(clients.Select(c => "client:" + c.Id)),
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
            context.Output.Message($"Wrote {rows.Count} letter(s) from {director.FullName}; open each .eml in a mail program and send it.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The active clients she led at any time from <paramref name="since"/> to her last day that the actor's
    /// <c>clients.contacts</c> scope reaches, each with its lead from <paramref name="firstDayWithout"/> on.</summary>
    private static List<LetterClient> Clients(IOpsContext context, string login, DateOnly since, DateOnly firstDayWithout)
    {
        var decision = context.Access.Decide("clients.contacts");
        var args = new Dictionary<string, object?>(ReachView.Args(context.Actor.Login, context.Today)) { ["Login"] = login, ["Since"] = since.ToIso(), ["After"] = firstDayWithout.ToIso() };
        var clients = context.Store.Query($"""
                SELECT c.id, c.name,
                       (SELECT l.login FROM client_assignments_v1 l WHERE l.client_id = c.id AND l.role = 'lead' AND l.login <> $Login
                          AND (l.from_date IS NULL OR l.from_date <= $After) AND (l.to_date IS NULL OR l.to_date > $After)
                        ORDER BY l.from_date DESC LIMIT 1) AS new_lead
                FROM clients_v1 c
                WHERE c.status <> 'left' AND {ReachView.Clients.Predicate(decision.Scope, "c.id")}
                  AND EXISTS (SELECT 1 FROM client_assignments_v1 a WHERE a.client_id = c.id AND a.login = $Login AND a.role = 'lead'
                              AND (a.from_date IS NULL OR a.from_date < $After) AND (a.to_date IS NULL OR a.to_date > $Since))
                ORDER BY c.id
                """, r => (Id: r.Int("id"), Name: r.Text("name"), NewLead: r.TextOrNull("new_lead")), args).ToList();
        var ids = clients.Select(c => c.Id).ToHashSet();
        var contacts = context.Store.Query("SELECT client_id, person, value FROM client_contact_points_v1 WHERE kind = 'email' ORDER BY client_id, contact_id",
                r => (Client: r.Int("client_id"), Person: r.Text("person"), Email: r.Text("value")))
            .Where(p => ids.Contains(p.Client)).ToLookup(p => p.Client);
        return clients.Select(c => new LetterClient(c.Id, c.Name, contacts[c.Id].Select(p => p.Person).FirstOrDefault(p => p.Length > 0) ?? "",
            contacts[c.Id].Select(p => p.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), c.NewLead)).ToList();
    }
}
