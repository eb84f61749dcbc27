using System.CommandLine;
using System.Globalization;
using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Settings;

/// <summary><c>ops pay settings [--contributions-rate PERCENT]</c>: show or set the firm's pay settings.</summary>
internal static class SettingsCommand
{
    public static Command Create(IOpsContext context)
    {
        var rate = new Option<string?>("--contributions-rate")
        {
            Description = $"Insurance contributions as a percent of gross pay, added by pay simulate to show the cost to the firm (default {PaySettings.DefaultContributionsRate}, the general tariff)",
            HelpName = "PERCENT",
        };
        var command = new Command("settings", "Show or set the firm's pay settings") { rate };
        command.WithExamples("ops pay settings", "ops pay settings --contributions-rate 30");
        command.SetAction(parse =>
        {
            context.Access.Demand("pay.plans");
            if (parse.GetValue(rate) is { } text)
            {
                if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var r) || r > 100m)
                    throw new InvalidInputException($"--contributions-rate '{text}' is not a percent 0–100", "write e.g. 30 or 15.1");
                context.Store.Write(() =>
                {
                    PaySettings.SetContributionsRate(context.Store, r);
                    context.Audit.Record("pay.settings", ["pay:settings"], details: $"contributions_rate {Money.Num(r)}");
                });
            }
            context.Output.Message($"contributions rate: {Money.Num(PaySettings.ContributionsRate(context.Store))}%");
            return 0;
        });
        return command;
    }
}
