using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Clients.Commands;

/// <summary>The options add and update share; each maps to an import column and is validated by the same rules.</summary>
internal sealed class ClientOptions
{
    private readonly List<(Option<string> Option, string Field)> _options =
    [
        (OpsOptions.Text("--name", "The client's name").CarriesClientData(), "name"),
        (OpsOptions.Text("--inn", "INN, 10 or 12 digits, check digits verified", "INN").CarriesClientData(), "inn"),
        (OpsOptions.Text("--kpp", "KPP", "KPP").CarriesClientData(), "kpp"),
        (OpsOptions.Text("--ogrn", "OGRN or OGRNIP", "OGRN").CarriesClientData(), "ogrn"),
        (OpsOptions.Text("--legal-form", "Legal form, e.g. ООО, ИП", "FORM"), "legal_form"),
        (OpsOptions.Text("--fee", "Monthly fee in roubles", "ROUBLES").CarriesClientData(), "monthly_fee"),
        (OpsOptions.Text("--services", "Service codes separated by |", "CODES"), "services"),
        (OpsOptions.Text("--key", "Key client: yes or no", "yes|no"), "key_client"),
        (OpsOptions.Text("--owner-contact", "The director or partner who keeps in personal touch", "LOGIN"), "owner_contact"),
        (OpsOptions.DateText("--last-owner-contact", "The date of the owner's last personal contact"), "last_owner_contact"),
        (OpsOptions.DateText("--started-on", "When the client started"), "started_on"),
        (OpsOptions.Text("--domains", "E-mail domains separated by | (replaces the list)", "DOMAINS").CarriesClientData(), "domains"),
        (OpsOptions.Text("--lead", "The lead accountant", "LOGIN"), "lead"),
        (OpsOptions.Text("--backup", "The backup accountant", "LOGIN"), "backup"),
        (OpsOptions.Text("--tax-regime", "Tax regime: ОСНО, УСН, ПСН or АУСН (decides the statutory obligations)", "REGIME"), "tax_regime"),
        (OpsOptions.Text("--employer", "Has employees (files 6-НДФЛ, РСВ…): yes or no", "yes|no"), "employer"),
        (OpsOptions.Text("--vat", "Pays VAT (files НДС returns): yes or no", "yes|no"), "vat_payer"),
    ];

    public void AddTo(Command command, params string[] except)
    {
        foreach (var (option, field) in _options)
            if (!except.Contains(field)) command.Options.Add(option);
    }

    /// <summary>The given options as validated fields; the first problem is an error naming the option.</summary>
    public ClientFields Read(ParseResult parse, IOpsContext context)
    {
        var fields = new ClientFields();
        foreach (var (option, field) in _options)
        {
            if (parse.GetResult(option) is null || parse.GetValue(option) is not { } value) continue;
            if (fields.Set(field, value, context.Staff, context.Today) is { } problem)
                throw new InvalidInputException($"{option.Name}: {problem.Problem}", problem.Fix);
        }
        return fields;
    }
}
