using System.CommandLine;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Clients.Commands;

/// <summary>The options add and update share; each maps to an import column and is validated by the same rules.</summary>
internal sealed class ClientOptions
{
    private readonly List<(Option<string> Option, string Field)> _options =
    [
        (Opts.Text("--name", "The client's name"), "name"),
        (Opts.Text("--inn", "INN, 10 or 12 digits, check digits verified", "INN"), "inn"),
        (Opts.Text("--kpp", "KPP", "KPP"), "kpp"),
        (Opts.Text("--ogrn", "OGRN or OGRNIP", "OGRN"), "ogrn"),
        (Opts.Text("--legal-form", "Legal form, e.g. ООО, ИП", "FORM"), "legal_form"),
        (Opts.Text("--fee", "Monthly fee in roubles", "ROUBLES"), "monthly_fee"),
        (Opts.Text("--services", "Service codes separated by |", "CODES"), "services"),
        (Opts.Text("--key", "Key client: yes or no", "yes|no"), "key_client"),
        (Opts.Text("--owner-contact", "The director or partner who keeps in personal touch", "LOGIN"), "owner_contact"),
        (Opts.Date("--last-owner-contact", "The date of the owner's last personal contact"), "last_owner_contact"),
        (Opts.Date("--started-on", "When the client started"), "started_on"),
        (Opts.Text("--domains", "E-mail domains separated by | (replaces the list)", "DOMAINS"), "domains"),
        (Opts.Text("--lead", "The lead accountant", "LOGIN"), "lead"),
        (Opts.Text("--backup", "The backup accountant", "LOGIN"), "backup"),
        (Opts.Text("--tax-regime", "Tax regime: ОСНО, УСН, ПСН or АУСН (decides the statutory obligations)", "REGIME"), "tax_regime"),
        (Opts.Text("--employer", "Has employees (files 6-НДФЛ, РСВ…): yes or no", "yes|no"), "employer"),
        (Opts.Text("--vat", "Pays VAT (files НДС returns): yes or no", "yes|no"), "vat_payer"),
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
