using System.CommandLine;
using Ops.Pay.Catalog;
using Ops.Pay.Commands.Regulations;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Obligations;

/// <summary><c>ops pay obligations load FILE</c>: a newer version of the catalog, checked whole before it is stored.</summary>
internal static class ObligationsLoadCommand
{
    public static Command Create(IOpsContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A catalog YAML file (format in docs/calendar.md)" };
        var command = new Command("load", "Load a new version of the statutory obligations catalog (all-or-nothing); tasks already generated keep their deadlines") { file };
        command.WithExamples("ops pay obligations load obligations-2027.yaml");
        command.SetAction(parse =>
        {
            RegulationsAddCommand.RequireAll(context);
            var path = parse.GetValue(file)!;
            var catalog = ObligationCatalog.Parse(path, TextInput.ReadAllText(path));
            var current = ObligationCatalog.InForce(context.Store);
            if (catalog.Version == current.Version)
                throw new ConflictException($"catalog version {catalog.Version} is already in force ({current.Origin})", "raise 'version' in the file for a new version");
            context.Store.Write(() =>
            {
                context.Store.Execute("INSERT INTO pay_catalogs (version, yaml, loaded_at, loaded_by) VALUES ($Version, $Yaml, $Now, $By)",
                    new { catalog.Version, Yaml = TextInput.ReadAllText(path), Now = context.Clock.GetUtcNow(), By = context.Actor.Login });
                context.Audit.Record("pay.obligations.load", ["catalog:" + catalog.Version], details: $"{catalog.Obligations.Count} obligation(s)");
            });
            context.Output.Message($"Loaded obligations catalog {catalog.Version}: {catalog.Obligations.Count} obligation(s).");
            return 0;
        });
        return command;
    }
}
