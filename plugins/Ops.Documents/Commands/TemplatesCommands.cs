using System.CommandLine;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs templates export|check|import|reset</c>: the firm's own wording of the documents.</summary>
internal static class TemplatesCommands
{
    public static Command Create(IOpsContext context)
    {
        var templates = new Command("templates", "Export, check and import the firm's own templates (Scriban, strict and sandboxed)");
        templates.Subcommands.Add(Export(context));
        templates.Subcommands.Add(CheckCommand(context));
        templates.Subcommands.Add(Import(context));
        templates.Subcommands.Add(Reset(context));
        return templates;
    }

    private static Argument<string> Dir() => new("dir") { Description = "The folder with ru/DOC.sbn and en/DOC.sbn" };

    private static Command Export(IOpsContext context)
    {
        var dir = Dir();
        var force = new Option<bool>("--force") { Description = "Replace template files exported before" };
        var command = new Command("export", "Write the templates in force to DIR/ru and DIR/en, to edit and import (existing files kept unless --force)") { dir, force };
        command.WithExamples("ops docs templates export templates");
        command.SetAction(parse =>
        {
            context.Access.Demand("docs.render");
            var root = parse.GetValue(dir)!;
            foreach (var lang in DocumentKind.Languages)
            {
                foreach (var kind in DocumentKind.All)
                {
                    var t = TemplateSource.Current(context.Store, kind.Id, lang);
                    var path = Path.Combine(root, lang, kind.Id + ".sbn");
                    context.Files.WriteText(path, t.Body, parse.GetValue(force));
                    context.Output.Out.WriteLine(path);
                }
            }
            context.Output.Message("Edit, raise the version line of each changed template, then: ops docs templates check DIR && ops docs templates import DIR");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CheckCommand(IOpsContext context)
    {
        var dir = Dir();
        var command = new Command("check", "Check templates: names, version line, syntax, unknown variables, required sections; exit 1 on problems") { dir };
        command.WithExamples("ops docs templates check templates");
        command.SetAction(parse =>
        {
            context.Access.Demand("docs.render");
            var (templates, problems) = TemplateChecker.Check(parse.GetValue(dir)!);
            foreach (var p in problems) context.Output.Out.WriteLine(p);
            context.Output.Message(problems.Count == 0
                ? $"{templates.Count} template(s) are sound."
                : $"{problems.Count} problem(s); fix them before importing.");
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static Command Import(IOpsContext context)
    {
        var dir = Dir();
        var command = new Command("import", "Check, then make the templates in DIR the firm's (all or nothing); a changed text needs a higher version") { dir };
        command.WithExamples("ops docs templates import templates");
        command.SetAction(parse =>
        {
            context.Access.Demand("docs.secrets");
            var root = parse.GetValue(dir)!;
            var (templates, problems) = TemplateChecker.Check(root);
            var errors = problems.Select(p => new InputError(Path.Combine(root, p.File), p.Line, "", p.Problem, "correct the template")).ToList();
            var changes = new List<TemplateText>();
            foreach (var t in templates)
            {
                var current = TemplateSource.Current(context.Store, t.Doc, t.Lang);
                if (current.Body == t.Body) continue;
                if (t.Version <= current.Version)
                    errors.Add(new InputError(Path.Combine(root, t.FileName), 1, "", $"the text differs from version {current.Version} in force but keeps version {t.Version}",
                        $"raise the version line to {{{{# version: {current.Version + 1} }}}} so that everyone signs the new text"));
                else changes.Add(t);
            }
            foreach (var group in changes.GroupBy(c => c.Doc))
                if (templates.Where(t => t.Doc == group.Key).Select(t => t.Version).Distinct().Count() > 1)
                    errors.Add(new InputError(root, 0, "", $"the ru and en templates of {group.Key} declare different versions", "give both languages the same version"));
            InputError.ThrowIfAny(errors);
            context.Store.Write(() =>
            {
                foreach (var t in changes)
                    context.Store.Execute("""
                        INSERT INTO docs_templates (doc, lang, version, body, imported_at, imported_by) VALUES ($Doc, $Lang, $Version, $Body, $Now, $By)
                        ON CONFLICT (doc, lang) DO UPDATE SET version = excluded.version, body = excluded.body, imported_at = excluded.imported_at, imported_by = excluded.imported_by
                        """, new { t.Doc, t.Lang, t.Version, t.Body, Now = context.Clock.GetUtcNow().ToString("O"), By = context.Actor.Login });
                context.Audit.Record("docs.templates.import", changes.Select(c => $"doc:{c.Doc}@{c.Version}"), details: root);
            });
            foreach (var c in changes) context.Output.Out.WriteLine($"{c.FileName} version {c.Version}");
            context.Output.Message(changes.Count == 0 ? "Nothing changed." : $"Imported {changes.Count} template(s). Documents with a new version must be signed again: ops docs status --missing");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Reset(IOpsContext context)
    {
        var doc = new Argument<string>("doc") { Description = "The document whose firm template to drop" };
        var command = new Command("reset", "Go back to the built-in template of a document") { doc };
        command.WithExamples("ops docs templates reset nda");
        command.SetAction(parse =>
        {
            var kind = Cli.Doc(parse.GetValue(doc));
            context.Access.Demand("docs.secrets");
            context.Store.Write(() =>
            {
                if (context.Store.Execute("DELETE FROM docs_templates WHERE doc = $Doc", new { Doc = kind.Id }) == 0)
                    throw new NotFoundException($"{kind.Id} uses the built-in template already");
                context.Audit.Record("docs.templates.reset", ["doc:" + kind.Id]);
            });
            context.Output.Message($"{kind.Id} uses the built-in template (version {TemplateSource.BuiltIn(kind.Id, "ru").Version}) again.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
