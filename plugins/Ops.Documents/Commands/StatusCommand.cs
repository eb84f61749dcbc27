using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Documents.Data;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs status</c>: per person and signable document, whether the current version is signed.</summary>
internal static class StatusCommand
{
    internal sealed record Row(string Login, string FullName, string Doc, int Version, int? SignedVersion, DateOnly? SignedOn, string State);

    public static Command Create(IOpsContext context)
    {
        var person = OpsOptions.Text("--person", "Only this person", "LOGIN");
        var missing = new Option<bool>("--missing") { Description = "Only what is missing or outdated" };
        var format = FormatOption.Create();
        var command = new Command("status", "Who has signed what; states: signed, outdated (an older version), missing") { person, missing, format };
        command.WithExamples("ops docs status --missing", "ops docs status --person volkova");
        command.SetAction(parse =>
        {
            var scope = context.Access.Demand("docs.status");
            var today = context.Today;
            var login = parse.GetValue(person);
            var staff = context.Staff.All().Where(s => !s.HasLeft(today)).ToList();
            if (login is not null)
            {
                var one = staff.FirstOrDefault(s => s.Login == login) ?? throw new NotFoundException($"'{login}' is not a current staff member", "see: ops staff list");
                if (!PersonScope.Reaches(scope, context.Actor, one))
                {
                    context.Audit.Record("docs.status", ["staff:" + login], "denied");
                    throw new AccessDeniedException($"denied: your docs.status scope does not reach {login}", $"ops access explain {context.Actor.Login} docs.status");
                }
                staff = [one];
            }
            staff = staff.Where(s => PersonScope.Reaches(scope, context.Actor, s)).ToList();
            var signatures = new Signatures(context.Store);
            var docs = DocumentKind.All.Where(d => d.Signable && !d.OnDeparture).Select(d => (Kind: d, Version: DocVersion.Current(context, d.Id)))
                .Where(d => d.Version > 0).ToList();   // version 0: no bonus regulation to sign yet (no pay plans)
            var rows = (from s in staff
                        from d in docs
                        let latest = signatures.Latest(s.Login, d.Kind.Id)
                        let state = latest is null ? "missing" : latest.Version >= d.Version ? "signed" : "outdated"
                        where !parse.GetValue(missing) || state != "signed"
                        select new Row(s.Login, s.FullName, d.Kind.Id, d.Version, latest?.Version, latest?.SignedOn, state)).ToList();
            context.Audit.Record("docs.status", staff.Select(s => "staff:" + s.Login), details: $"{rows.Count} row(s)");
            context.Output.Rows(rows,
            [
                Column.Of<Row>("login", r => r.Login),
                Column.Of<Row>("full_name", r => r.FullName),
                Column.Of<Row>("doc", r => r.Doc),
                Column.Of<Row>("version", r => r.Version),
                Column.Of<Row>("signed_version", r => r.SignedVersion),
                Column.Of<Row>("signed_on", r => r.SignedOn),
                Column.Of<Row>("state", r => r.State),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
