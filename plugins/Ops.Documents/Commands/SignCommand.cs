using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Documents.Data;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs sign --person LOGIN --doc DOC [--version V] --date D</c>: records a paper signature.</summary>
internal static class SignCommand
{
    public static Command Create(IOpsContext context)
    {
        var person = OpsOptions.Text("--person", "Who signed", "LOGIN");
        person.Required = true;
        var doc = OpsOptions.Text("--doc", "What they signed: nda, acknowledgment, addendum, monitoring-notice, bonus-regulation, or on leaving departure-reminder, return-act", "DOC");
        doc.Required = true;
        var version = new Option<int?>("--version") { Description = "The version signed (default: the current one)", HelpName = "V" };
        var date = OpsOptions.Date("--date", "The date on the signed paper");
        date.Required = true;
        var command = new Command("sign", "Record that a person signed a document (one version; a new version needs a new signature)")
        {
            person, doc, version, date,
        };
        command.WithExamples("ops docs sign --person volkova --doc nda --date 2026-08-28");
        command.SetAction(parse =>
        {
            var kind = Cli.Doc(parse.GetValue(doc));
            if (!kind.Signable)
                throw new InvalidInputException($"{kind.Id} is not signed by each employee",
                    kind.Adoptable ? $"a firm-wide document is put in force by an order: ops docs adopt {kind.Id} --date D --order N"
                        : $"the signable documents are: {string.Join(", ", DocumentKind.All.Where(d => d.Signable).Select(d => d.Id))}");
            var today = context.Today;
            var signedOn = Cli.Past(parse.GetValue(date), "--date", today);
            context.Access.Demand("docs.sign");
            var login = parse.GetValue(person)!;
            var staff = context.Staff.Find(login) ?? throw new NotFoundException($"'{login}' is not in the staff directory", "see: ops staff list");
            if (staff.HireDate is { } hired && signedOn < hired)
                throw new InvalidInputException($"--date {signedOn.ToIso()} is before {login} was hired ({hired.ToIso()})", "use the date on the signed paper");
            if (staff.LeavingDate is { } left && signedOn > left)
                throw new InvalidInputException($"--date {signedOn.ToIso()} is after {login} left ({left.ToIso()})", "use the date on the signed paper");
            var current = DocVersion.Current(context, kind.Id);
            if (current == 0)
                throw new ConflictException($"there is no {kind.Id} to sign: no pay plan has been loaded (or the pay plugin is disabled)",
                    "load the plans first (ops pay plans add FILE), then render it: ops docs render bonus-regulation --format docx --out DIR");
            var v = parse.GetValue(version) ?? current;
            if (v < 1 || v > current)
                throw new InvalidInputException($"--version {v} of {kind.Id} does not exist; the current version is {current}", $"omit --version to record version {current}");

            context.Store.Write(() =>
            {
                if (Signatures.HasSigned(context.Store, login, kind.Id, v))
                    throw new ConflictException($"{login}'s signature under {kind.Id} version {v} is already recorded", "see: ops docs status --person " + login);
                context.Store.Execute("""
                    INSERT INTO docs_signatures (login, doc, version, signed_on, recorded_at, recorded_by)
                    VALUES ($Login, $Doc, $Version, $SignedOn, $Now, $By)
                    """, new { Login = login, Doc = kind.Id, Version = v, SignedOn = signedOn.ToIso(), Now = context.Clock.GetUtcNow().ToString("O"), By = context.Actor.Login });
                context.Audit.Record("docs.sign", ["staff:" + login, $"doc:{kind.Id}@{v}"], details: "signed on " + signedOn.ToIso());
            });
            context.Output.Message($"Recorded: {login} signed «{kind.TitleRu}» version {v} on {signedOn.ToIso()}." +
                (v < current ? $" Version {current} is current; {login} must sign it too." : ""));
            return ExitCodes.Ok;
        });
        return command;
    }
}
