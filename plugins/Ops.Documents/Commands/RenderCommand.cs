using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Documents.Data;
using Ops.Documents.Rendering;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs render DOC [--person LOGIN|--all] --format md|html|docx --out DIR</c>.</summary>
internal static class RenderCommand
{
    public static Command Create(IOpsContext context)
    {
        var doc = new Argument<string>("doc") { Description = "The document (see: ops docs list)" };
        var person = OpsOptions.Text("--person", "Render for this person only", "LOGIN");
        var all = new Option<bool>("--all") { Description = "Render one document per person in your scope (personal documents)" };
        var format = OpsOptions.OneOf("--format", "Document format: md (default), html or docx", "md", "html", "docx");
        format.DefaultValueFactory = _ => "md";
        format.Aliases.Add("-f");
        var outDir = OpsOptions.Out("The folder to write to (created 0700 if missing; existing files are kept unless --force)", "DIR");
        outDir.Required = true;
        var force = OpsOptions.Force("Replace documents rendered before (never the store or a file beside it)");
        var lang = OpsOptions.OneOf("--lang", "Language of the document: ru (default) or en", [.. DocumentKind.Languages]);
        lang.DefaultValueFactory = _ => "ru";
        var command = new Command("render", "Render a document from the live data to Markdown, HTML or DOCX (files 0600, each written whole)") { doc, person, all, format, outDir, lang, force };
        command.WithExamples("ops docs render regulation --format html --out docs", "ops docs render nda --all --format docx --out nda   # one per person in your scope", "ops docs render nda --person volkova --out docs");
        command.SetAction(parse =>
        {
            var kind = Cli.Doc(parse.GetValue(doc));
            var fmt = parse.GetValue(format) switch
            {
                "md" => DocFormat.Md, "html" => DocFormat.Html, "docx" => DocFormat.Docx,
                _ => DocFormat.Md,
            };
            var language = parse.GetValue(lang)!;
            var login = parse.GetValue(person);
            var everyone = parse.GetValue(all);
            if (login is not null && everyone) throw new UsageException("give --person or --all, not both");
            if (kind.Shape == DocShape.Firm && (login is not null || everyone))
                throw new UsageException($"{kind.Id} is a firm-wide document; it takes no --person or --all");
            if (kind.Shape == DocShape.Person && login is null && !everyone)
                throw new UsageException($"{kind.Id} is a personal document", $"say whose: ops docs render {kind.Id} --person LOGIN (or --all)");

            var scope = context.Access.Demand("docs.render");
            if (kind.Id == BonusRuleSet.Doc && scope != Scope.All)
            {
                // A firm-wide act stating every plan's terms, personal plans included: for those who act for the whole firm.
                context.Audit.Record("docs.render", [$"doc:{kind.Id}"], "denied", $"docs.render scope {scope} is not all");
                throw new AccessDeniedException($"denied: rendering the «{kind.TitleRu}» needs docs.render with scope all; yours is {scope.ToString().ToLowerInvariant()}",
                    $"ask an admin: ops access explain {context.Actor.Login} docs.render");
            }
            var today = context.Today;
            var people = kind.Shape == DocShape.Firm ? [] : Select(context, scope, kind, login, today);
            var renderer = new DocumentRenderer(context);
            var model = renderer.Model(kind, language, kind.Shape == DocShape.Sheet ? people : []);
            var dir = context.Files.Folder(parse.GetValue(outDir)!);
            var replace = parse.GetValue(force);

            var jobs = kind.Shape == DocShape.Person
                ? people.Select(p => (Person: (PersonInfo?)p, File: $"{kind.Id}-{p.Login}"))
                : [(null, login is null ? kind.Id : $"{kind.Id}-{login}")];
            var work = jobs.ToList();
            var written = work.Select(j => context.Files.Check(Path.Combine(dir, j.File + "." + DocWriters.Extension(fmt)), replace)).ToArray();
            // Recorded (and committed) before the first document reaches the disk, so an interrupted run is on record.
            context.Audit.Record("docs.render",
                new[] { $"doc:{kind.Id}@{model.Version}" }.Concat(people.Select(p => "staff:" + p.Login)),
                details: $"{parse.GetValue(format)} {language} -> {dir}");
            // The model's shared parts are built once up front; each person's document is independent after that.
            model.Globals(null);
            using (var progress = context.Progress("rendering", work.Count))
                Parallel.For(0, work.Count, i =>
                {
                    var rendered = renderer.Render(model, work[i].Person);
                    context.Files.Write(written[i], stream => DocWriters.Write(fmt, rendered, stream), replace);
                    progress.Advance();
                });
            foreach (var path in written) context.Output.Out.WriteLine(path);
            context.Output.Message($"Rendered {written.Length} file(s) of «{kind.TitleRu}» version {model.Version}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The people a personal document or sheet is for, as far as the actor's scope reaches.</summary>
    private static IReadOnlyList<PersonInfo> Select(IOpsContext context, Scope scope, DocumentKind kind, string? login, DateOnly today)
    {
        var everyone = People.Load(context);
        if (login is not null)
        {
            var one = everyone.FirstOrDefault(p => p.Login == login)
                ?? throw new NotFoundException($"'{login}' is not in the staff directory", "see: ops staff list");
            if (!PersonScope.Reaches(scope, context.Actor, one.Staff))
            {
                context.Audit.Record("docs.render", ["staff:" + login], "denied", $"docs.render scope {scope} does not reach {login}");
                throw new AccessDeniedException($"denied: your docs.render scope ({scope.ToString().ToLowerInvariant()}) does not reach {login}",
                    $"ask an admin: ops access explain {context.Actor.Login} docs.render");
            }
            return [one];
        }
        // The register keeps people who have left (it records who obtained access); other documents are for current staff.
        return everyone.Where(p => PersonScope.Reaches(scope, context.Actor, p.Staff))
            .Where(p => kind.Id == "register" ? p.HasSecretAccess || p.Staff.HasLeft(today) : !p.Staff.HasLeft(today))
            .ToList();
    }
}
