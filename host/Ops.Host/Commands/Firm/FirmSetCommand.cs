using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Firm;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Validation;

namespace Ops.Host.Commands.Firm;

internal static class FirmSetCommand
{
    public static Command Create(OpsSession s)
    {
        var options = FirmStore.Fields.Select(f => (f.Key, Option: Args.Text("--" + f.Key, f.Help, "VALUE"))).ToList();
        var command = new Command("set", "Change fields of the firm profile (validated; only the options given change)");
        foreach (var (_, option) in options) command.Options.Add(option);
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.FirmManage);
            var changes = options.Where(o => parse.GetValue(o.Option) is not null)
                .Select(o => (o.Key, Value: parse.GetValue(o.Option)!.Trim())).ToList();
            if (changes.Count == 0) throw new UsageException("nothing to change", "give at least one option, e.g. --name \"ООО «Бухэксперт»\"");
            foreach (var (key, value) in changes) Validate(key, value);
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
            _ => null,
        };
        if (problem is not null) throw new InvalidInputException($"--{key}: {problem}");
    }
}
