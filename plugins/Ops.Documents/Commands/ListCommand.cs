using System.CommandLine;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs list</c>: the documents of the regime, their versions and where their templates come from.</summary>
internal static class ListCommand
{
    public static Command Create(IOpsContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the regime's documents with their current versions") { format };
        command.WithExamples("ops docs list");
        command.SetAction(parse =>
        {
            context.Access.Demand("docs.render");
            var rows = DocumentKind.All.Select(d => (Kind: d, Template: TemplateSource.Current(context.Store, d.Id, "ru"))).ToList();
            context.Output.Rows(rows,
            [
                Column.Of<(DocumentKind Kind, TemplateText Template)>("id", r => r.Kind.Id),
                Column.Of<(DocumentKind Kind, TemplateText Template)>("version", r => DocVersion.Current(context, r.Kind.Id)),
                Column.Of<(DocumentKind Kind, TemplateText Template)>("kind", r => r.Kind.Shape.ToString().ToLowerInvariant()),
                Column.Of<(DocumentKind Kind, TemplateText Template)>("signed_by_each", r => r.Kind.Signable),
                Column.Of<(DocumentKind Kind, TemplateText Template)>("adopted_by_order", r => r.Kind.Adoptable),
                Column.Of<(DocumentKind Kind, TemplateText Template)>("required_for_contacts", r => r.Kind.RequiredForAccess),
                Column.Of<(DocumentKind Kind, TemplateText Template)>("template", r => r.Template.Origin),
                Column.Of<(DocumentKind Kind, TemplateText Template)>("title", r => r.Kind.TitleRu),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
