using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Firm;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Validation;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands.Firm;

internal static class FirmSetCommand
{
    public static Command Create(OpsSession s)
    {
        var options = FirmStore.Fields.Select(f => (f.Key, Option: Args.Text("--" + f.Key, f.Help, "VALUE"))).ToList();
        var command = new Command("set", "Change fields of the firm profile (validated; only the options given change)");
        foreach (var (_, option) in options) command.Options.Add(option);
        command.WithExamples("ops firm set --name \"ООО «Баланс-Консалт»\" --inn 7703123457 --ogrn 1027700312342 --director \"Андрей Соколов\"", "ops firm set --domain balans.example --shared-mailbox office@balans.example --archive-mailbox archive@balans.example", "ops firm set --language ru --time-zone Europe/Moscow");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.FirmManage);
            var changes = options.Where(o => parse.GetValue(o.Option) is not null)
                .Select(o => (o.Key, Value: parse.GetValue(o.Option)!.Trim())).ToList();
            if (changes.Count == 0) throw new UsageException("nothing to change", "give at least one option, e.g. --name \"ООО «Бухэксперт»\"");
            foreach (var (key, value) in changes) Validate(key, value);
            Consistent(FirmStore.Load(s.Store), changes);
            s.Store.Write(() =>
            {
                foreach (var (key, value) in changes) FirmStore.Set(s.Store, key, value);
                s.Audit.Record("firm.set", ["firm"], details: string.Join(", ", changes.Select(c => c.Key)));
            });
            s.Output.Message($"Updated {string.Join(", ", changes.Select(c => c.Key))}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Validate(string key, string value)
    {
        if (value.Length == 0 || value.Any(char.IsControl))
            throw new InvalidInputException($"--{key} must not be empty or contain control characters");
        if (key == "time-zone") _ = FirmTime.Zone(value); // an unknown zone is an invalid-input error naming it
        var problem = key switch
        {
            "inn" => RussianIds.InnProblem(value),
            "ogrn" => RussianIds.OgrnProblem(value),
            "domain" => MailAddress.DomainProblem(value),
            "shared-mailbox" or "archive-mailbox" => MailAddress.AddressProblem(value),
            "language" => value is "ru" or "en" ? null : $"'{value}' is not ru or en",
            "legal-form" => value is "organisation" or "sole-trader" ? null : $"'{value}' is not organisation or sole-trader",
            _ => null,
        };
        if (problem is not null) throw new InvalidInputException($"--{key}: {problem}");
    }

    /// <summary>The INN, OGRN and legal form, as they will be after the change, must fit one taxpayer: an organisation
    /// has a 10-digit INN and a 13-digit OGRN, a sole trader a 12-digit INN and a 15-digit OGRNIP.</summary>
    private static void Consistent(Ops.Sdk.FirmProfile current, List<(string Key, string Value)> changes)
    {
        string After(string key, string now) => changes.LastOrDefault(c => c.Key == key).Value ?? now;
        var inn = After("inn", current.Inn);
        var ogrn = After("ogrn", current.Ogrn);
        var form = After("legal-form", current.LegalForm);
        if (inn.Length > 0 && RussianIds.ConsistencyProblem(inn, ogrn, null) is { } problem)
            throw new InvalidInputException(problem, "an organisation has a 10-digit INN and a 13-digit OGRN; a sole trader a 12-digit INN and a 15-digit OGRNIP");
        if (inn.Length > 0 && (form == "sole-trader") != (inn.Length == 12))
            throw new InvalidInputException($"--legal-form {form} does not fit INN {inn} ({inn.Length} digits)",
                "a sole trader has a 12-digit INN, an organisation a 10-digit one: ops firm set --legal-form organisation|sole-trader");
    }
}
