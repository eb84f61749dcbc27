using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Risk;
using Ops.Host.Risk.Page;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Risk;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands;

/// <summary><c>ops risk</c>: every enabled plugin's checks in one scored report, worst first, in the firm's language,
/// with the names the reader may see. Read-only unless <c>--save</c> (cron's job) adds it to the trend.</summary>
internal static class RiskCommand
{
    public static Command Create(OpsSession s)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "table, json, csv, html or xlsx (xlsx needs --out)", DefaultValueFactory = _ => "table", HelpName = "table|json|csv|html|xlsx",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv", "html", "xlsx");
        var output = Args.Text("--out", "Write the report to this file instead of stdout (html is meant for this)", "FILE");
        var force = new Option<bool>("--force") { Description = "Replace the --out file if it exists (never the store or a file beside it)" };
        var save = new Option<bool>("--save") { Description = "Keep this report's score for the trend (cron does this daily); without it the report changes nothing" };
        var command = new Command("risk", "How exposed is the client base, and what to fix first: a scored report of every enabled plugin's checks (exit 1 when anything is high)")
        {
            format, output, force, save,
        };
        command.WithExamples("ops risk", "ops risk --format html > risk.html   # the report for the director", "ops risk --save --format json > /dev/null   # cron, daily: keeps the score for the trend");
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.RiskView);
            if (parse.GetValue(format) == "xlsx" && parse.GetValue(output) is null)
                throw new UsageException("xlsx output is a file, not for stdout", "add --out FILE.xlsx");
            var file = parse.GetValue(output) is { } f ? s.Files.Check(f, parse.GetValue(force)) : null;
            var report = RiskRunner.Run(s);
            var names = RecordNames.For(s, report.Findings.SelectMany(x => x.Records));
            var firm = s.HostContext.Firm;
            var view = RiskView.Of(report, names, RiskWords.For(firm.Language), firm.Name, parse.GetValue(save));
            // Names of clients are client data: the read is on record before the first byte of the report is shown.
            s.Audit.Record("risk.view", names.NamedClients, details: $"score {report.Score}, {report.Findings.Count} finding(s)");
            if (parse.GetValue(save)) RiskRunner.Save(s, report);

            var chosen = parse.GetValue(format)!;
            if (file is null) Write(s.Output, view, chosen);
            else if (chosen == "xlsx") s.Files.Write(file, stream => RiskXlsx.Write(stream, view), parse.GetValue(force));
            else
            {
                using var text = new StringWriter();
                Write(new TextOutput(text, s.Output.Error), view, chosen);
                s.Files.WriteText(file, text.ToString(), parse.GetValue(force));
            }
            if (file is not null) s.Output.Message($"Wrote {file}: score {report.Score}, {report.Findings.Count} finding(s).");
            return report.AnyHigh ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IOutput output, RiskView view, string format)
    {
        if (format == "html") output.Out.Write(RiskHtml.Render(view));
        else if (format == "table" && output is TextOutput { Settings.Colour: true } terminal) WriteInColour(terminal, view);
        else RiskOutput.Write(output, view, Enum.Parse<OutputFormat>(format, ignoreCase: true));
        output.Out.Flush();
    }

    /// <summary>The table laid out first, then high and medium marked in colour (escape codes take no columns), for a
    /// terminal only: never piped or with NO_COLOR (<see cref="OutputSettings.Colour"/>).</summary>
    private static void WriteInColour(TextOutput terminal, RiskView view)
    {
        using var text = new StringWriter();
        RiskOutput.Write(new TextOutput(text, terminal.Error) { Settings = terminal.Settings }, view, OutputFormat.Table);
        var high = $"[{view.Words.Severity(Severity.High).ToUpper(view.Words.Culture)}]";
        var medium = $"[{view.Words.Severity(Severity.Medium).ToUpper(view.Words.Culture)}]";
        terminal.Out.Write(text.ToString()
            .Replace(high, "\u001b[1;31m" + high + "\u001b[0m", StringComparison.Ordinal)
            .Replace(medium, "\u001b[33m" + medium + "\u001b[0m", StringComparison.Ordinal));
    }
}
