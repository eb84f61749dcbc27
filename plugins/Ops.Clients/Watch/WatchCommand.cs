using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Clients.Commands;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Risk;

namespace Ops.Clients.Watch;

internal static class WatchCommand
{
    public static readonly IReadOnlyList<Column<Finding>> Columns =
    [
        Column.Of<Finding>("severity", f => f.SeverityText),
        Column.Of<Finding>("kind", f => f.Kind),
        Column.Of<Finding>("person", f => f.Person),
        Column.Of<Finding>("finding", f => f.Text),
        Column.Of<Finding>("records", f => f.Records),
        Column.Of<Finding>("fix", f => f.Fix),
    ];

    public static Command Create(IOpsContext context)
    {
        var since = OpsOptions.Date("--since", "Look at activity from this day (default: 30 days ago)");
        var lookback = new Option<int>("--lookback") { Description = "Days before a notice date that count as departing activity", DefaultValueFactory = _ => 30 };
        var ownerDays = new Option<int>("--owner-days") { Description = "Days without an owner-side contact that make a relationship single-threaded", DefaultValueFactory = _ => 90 };
        var format = FormatOption.Create();
        var command = new Command("watch", "Report, per person, the patterns that precede a client-base theft; exits 1 when anything is high")
        {
            since, lookback, ownerDays, format,
        };
        command.WithExamples("ops clients watch", "ops clients watch --since 2026-11-01 --format xlsx --out watch.xlsx");
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Watch);
            var today = context.Today;
            var from = parse.GetValue(since) ?? today.AddDays(-30);
            if (parse.GetValue(lookback) is < 0 or > 365 || parse.GetValue(ownerDays) is < 1 or > 3650)
                throw new InvalidInputException("--lookback must be 0..365 and --owner-days 1..3650");
            var options = new WatchOptions(today, from, parse.GetValue(lookback), parse.GetValue(ownerDays));
            var earliest = new[] { from.AddDays(-30), EarliestNotice(context, today).AddDays(-options.LookbackDays) }.Min();
            var findings = Rules.All(new WatchData(context, earliest), options).ToList();
            context.Output.Rows(findings, Columns, parse.GetValue(format));
            var high = findings.Count(f => f.Severity == Severity.High);
            context.Audit.Record("clients.watch", findings.SelectMany(f => f.Records).Where(r => r.StartsWith("staff:", StringComparison.Ordinal)).Distinct(),
                details: $"since {from:yyyy-MM-dd}: {findings.Count} finding(s), {high} high");
            context.Output.Message($"{findings.Count} finding(s), {high} high, since {from:yyyy-MM-dd}.");
            return high > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly EarliestNotice(IOpsContext context, DateOnly today) =>
        context.Staff.All().Where(s => s.NoticeDate is not null && !s.HasLeft(today.AddDays(-365))).Select(s => s.NoticeDate!.Value).DefaultIfEmpty(today).Min();
}
