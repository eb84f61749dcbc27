using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Documents.Data;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs adopt DOC --date D --order N</c>: records the order that put a firm-wide document in force.</summary>
internal static class AdoptCommand
{
    public static Command Create(IOpsContext context)
    {
        var doc = new Argument<string>("doc") { Description = "regulation, list or client-clause" };
        var date = OpsOptions.Date("--date", "The date of the order");
        date.Required = true;
        var order = OpsOptions.Text("--order", "The order's number, e.g. 12-од", "NUMBER");
        order.Required = true;
        var command = new Command("adopt", "Record the director's order putting a firm-wide document (its current version) in force") { doc, date, order };
        command.WithExamples("ops docs adopt list --date 2026-08-28 --order 7-од", "ops docs adopt regulation --date 2026-08-28 --order 8-од");
        command.SetAction(parse =>
        {
            var kind = Cli.Doc(parse.GetValue(doc));
            if (!kind.Adoptable)
                throw new InvalidInputException($"{kind.Id} is not put in force by an order",
                    $"the documents adopted by order are: {string.Join(", ", DocumentKind.All.Where(d => d.Adoptable).Select(d => d.Id))}");
            var adoptedOn = Cli.Past(parse.GetValue(date), "--date", context.Today);
            var orderRef = parse.GetValue(order)!.Trim();
            if (orderRef.Length == 0 || orderRef.Length > 100 || orderRef.Any(char.IsControl))
                throw new InvalidInputException("--order must be a short number like 12-од", "give the order's number as written on it");
            context.Access.Demand("docs.sign");
            var version = TemplateSource.CurrentVersion(context.Store, kind.Id);
            var fingerprint = kind.Id == "list" ? Secrets.Fingerprint(Secrets.Current(context.Store)) : "";
            context.Store.Write(() =>
            {
                context.Store.Execute("""
                    INSERT INTO docs_adoptions (doc, version, fingerprint, adopted_on, order_ref, recorded_at, recorded_by)
                    VALUES ($Doc, $Version, $Fingerprint, $On, $Order, $Now, $By)
                    """, new { Doc = kind.Id, Version = version, Fingerprint = fingerprint, On = adoptedOn.ToIso(), Order = orderRef,
                    Now = context.Clock.GetUtcNow().ToString("O"), By = context.Actor.Login });
                context.Audit.Record("docs.adopt", [$"doc:{kind.Id}@{version}"], details: $"order {orderRef} of {adoptedOn.ToIso()}");
            });
            context.Output.Message($"Recorded: «{kind.TitleRu}» version {version} adopted by order {orderRef} of {adoptedOn.ToIso()}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
