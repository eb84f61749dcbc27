using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Documents.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Store;
using Ops.Sdk.Validation;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs counterparties add|list</c>: whom the trade secret was provided to (98-FZ art. 10 part 1 item 3);
/// the register lists them.</summary>
internal static class CounterpartiesCommand
{
    public static Command Create(IOpsContext context)
    {
        var name = new Argument<string>("name") { Description = "The counterparty's name, e.g. ООО «Аудит-Сервис»" };
        name.CarriesClientData();
        var inn = OpsOptions.Text("--inn", "The counterparty's INN", "INN").CarriesClientData();
        inn.Required = true;
        var contract = OpsOptions.Text("--contract", "The civil contract, e.g. «договор № 7 от 01.02.2026»", "TEXT").CarriesClientData();
        contract.Required = true;
        var information = OpsOptions.Text("--information", "What was provided, e.g. «клиентская база (выгрузка)»", "TEXT").CarriesClientData();
        information.Required = true;
        var date = OpsOptions.Date("--date", "When it was provided");
        date.Required = true;
        var add = new Command("add", "Record that trade-secret information was provided to a counterparty") { name, inn, contract, information, date };
        add.WithExamples("ops docs counterparties add \"ООО «Аудит-Сервис»\" --inn 7707083893 --contract \"договор № 7 от 01.02.2026\" --information \"клиентская база (выгрузка)\" --date 2026-02-01");
        add.SetAction(parse =>
        {
            context.Access.Demand("docs.sign");
            string Text(string? raw, string what)
            {
                var v = (raw ?? "").Trim();
                if (v.Length == 0 || v.Length > 300 || v.Any(char.IsControl))
                    throw new InvalidInputException($"{what} must be 1 to 300 characters on one line", "write it as in the contract");
                return v;
            }
            var values = new
            {
                Name = Text(parse.GetValue(name), "the name"), Inn = parse.GetValue(inn)!.Trim(), Contract = Text(parse.GetValue(contract), "--contract"),
                Information = Text(parse.GetValue(information), "--information"),
                On = Cli.Past(parse.GetValue(date), "--date", context.Today).ToIso(),
                Now = context.Clock.GetUtcNow().ToString("O"), By = context.Actor.Login,
            };
            if (RussianIds.InnProblem(values.Inn) is { } problem) throw new InvalidInputException("--inn: " + problem, "check the INN in the contract");
            var id = context.Store.Write(() =>
            {
                context.Store.Execute("""
                    INSERT INTO docs_counterparties (name, inn, contract, information, provided_on, recorded_at, recorded_by)
                    VALUES ($Name, $Inn, $Contract, $Information, $On, $Now, $By)
                    """, values);
                var newId = context.Store.Scalar<long>("SELECT max(id) FROM docs_counterparties");
                context.Audit.Record("docs.counterparties.add", [$"counterparty:{newId}"], details: values.Inn);
                return newId;
            });
            context.Output.Message($"Recorded counterparty {id}: {values.Name}. It appears in the register: ops docs render register …");
            return 0;
        });
        var format = FormatOption.Create();
        var list = new Command("list", "The counterparties the trade secret was provided to") { format };
        list.WithExamples("ops docs counterparties list");
        list.SetAction(parse =>
        {
            context.Access.Demand("docs.status");
            context.Output.Rows(Counterparty.All(context.Store),
            [
                Column.Of<Counterparty>("id", c => c.Id), Column.Of<Counterparty>("name", c => c.Name), Column.Of<Counterparty>("inn", c => c.Inn),
                Column.Of<Counterparty>("contract", c => c.Contract), Column.Of<Counterparty>("information", c => c.Information),
                Column.Of<Counterparty>("provided_on", c => c.ProvidedOn.ToIso()),
            ], parse.GetValue(format));
            return 0;
        });
        return new Command("counterparties", "Counterparties the trade secret was provided to (the register lists them)") { add, list };
    }
}
