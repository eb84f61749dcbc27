using System.CommandLine;
using Ops.Pay.Catalog;
using Ops.Sdk;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Obligations;

/// <summary><c>ops pay obligations list</c>: the statutory obligations catalog in force.</summary>
internal static class ObligationsListCommand
{
    private sealed record Row(string Code, string Name, string Basis, string AppliesTo, string Rule);

    public static Command Create(IOpsContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "The statutory obligations catalog in force: each obligation, its legal basis, whom it applies to and its due-date rule") { format };
        command.WithExamples("ops pay obligations list");
        command.SetAction(parse =>
        {
            context.Access.Demand("pay.tasks");
            var catalog = ObligationCatalog.InForce(context.Store);
            context.Output.Rows(catalog.Obligations.Select(o => new Row(o.TaskCode, o.Name, o.Basis, AppliesTo(o.Applies), o.Rule)),
            [
                Column.Of<Row>("code", r => r.Code), Column.Of<Row>("name", r => r.Name), Column.Of<Row>("basis", r => r.Basis),
                Column.Of<Row>("applies_to", r => r.AppliesTo), Column.Of<Row>("due", r => r.Rule),
            ], parse.GetValue(format));
            context.Output.Message($"Catalog {catalog.Version} ({catalog.Origin}), valid from {catalog.ValidFrom:yyyy-MM-dd}: {catalog.Source}");
            return 0;
        });
        return command;
    }

    public static string AppliesTo(Applies a)
    {
        var parts = new List<string>();
        if (a.LegalForms is { } f) parts.Add(string.Join("/", f));
        if (a.Regimes is { } r) parts.Add(string.Join("/", r));
        if (a.Employer is { } e) parts.Add(e ? "employer" : "no employees");
        if (a.VatPayer is { } v) parts.Add(v ? "VAT payer" : "not a VAT payer");
        return parts.Count == 0 ? "every client" : string.Join(", ", parts);
    }
}
