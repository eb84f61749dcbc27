using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Clients.Export;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Validation;

namespace Ops.Clients.Commands;

internal static class SettingsCommand
{
    public static Command Create(IOpsContext context)
    {
        var domain = OpsOptions.Text("--canary-domain", "A domain whose mail the firm receives (catch-all); canary e-mails use it", "DOMAIN");
        var phones = OpsOptions.Text("--canary-phones", "Phone numbers the firm answers, separated by |; canary phones use them", "PHONES");
        var min = OpsOptions.Text("--canary-min", $"The least number of canaries per export (default {Settings.DefaultMin}); never more than 10% of the export's rows", "N");
        var format = FormatOption.Create();
        var command = new Command("settings", "Show or set the canary options used to fingerprint exports") { domain, phones, min, format };
        command.WithExamples("ops clients settings", "ops clients settings --canary-domain balans.example --canary-phones '+74951234567|+74951234568'");
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Watch);
            var changes = new List<(string Key, string Value)>();
            if (parse.GetValue(domain) is { } d)
            {
                if (MailAddress.DomainProblem(d) is { } p) throw new InvalidInputException(p, "use a domain like canary.example.ru");
                changes.Add(("canary_domain", d.ToLowerInvariant()));
            }
            if (parse.GetValue(phones) is { } ph)
            {
                var list = Values.List(ph).Select(x => Values.Phone(x) ?? throw new InvalidInputException(Values.PhoneProblem(x)!, "write +7XXXXXXXXXX")).ToList();
                changes.Add(("canary_phones", string.Join('|', list)));
            }
            if (parse.GetValue(min) is { } m)
            {
                if (!int.TryParse(m, out var n) || n is < 1 or > 1000) throw new InvalidInputException($"--canary-min '{m}' is not a number from 1 to 1000", "e.g. --canary-min 20");
                changes.Add(("canary_min", n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            if (changes.Count > 0)
                context.Store.Write(() =>
                {
                    foreach (var (k, v) in changes) Settings.Save(context, k, v);
                    context.Audit.Record("clients.settings", details: string.Join("; ", changes.Select(c => $"{c.Key}={c.Value}")));
                });
            var s = Settings.Load(context);
            context.Output.Record(
            [
                new("canary_domain", s.Domain), new("canary_phones", s.Phones.ToList()), new("canary_min", s.MinCanaries),
                new("canary_share", s.Share), new("canary_max_share", Settings.MaxShare), new("canary_domain_is_firms", s.OwnDomain),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }
}
