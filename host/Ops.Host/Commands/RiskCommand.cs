using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Risk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Risk;

namespace Ops.Host.Commands;

/// <summary><c>ops risk</c>: every enabled plugin's checks in one scored report, worst first.</summary>
internal static class RiskCommand
{
    private enum RiskFormat { Table, Json, Html }

    public static Command Create(OpsSession s)
    {
        var format = new Option<RiskFormat>("--format", "-f") { Description = "table, json or html", DefaultValueFactory = _ => RiskFormat.Table, HelpName = "table|json|html" };
        var output = Args.Text("--out", "Write the report to this file instead of stdout (html is meant for this)", "FILE");
        var force = new Option<bool>("--force") { Description = "Replace the --out file if it exists (never the store or a file beside it)" };
        var command = new Command("risk", "How exposed is the client base, and what to fix first: a scored report of every enabled plugin's checks (exit 1 when anything is high)")
        {
            format, output, force,
        };
        command.SetAction(parse =>
        {
            s.Access.Demand(HostPermissions.RiskView);
            var report = RiskRunner.Run(s);
            var text = parse.GetValue(format) switch
            {
                RiskFormat.Html => RiskHtml.Render(report, s.ContextFor(null).Firm.Name),
                RiskFormat.Json => RiskJson.Render(report),
                _ => ForTerminal(RiskTable.Render(report), (s.Output as TextOutput)?.Settings),
            };
            if (parse.GetValue(output) is { } file)
            {
                s.Files.WriteText(file, text, parse.GetValue(force));
                s.Output.Message($"Wrote {file}: score {report.Score}, {report.Findings.Count} finding(s).");
            }
            else s.Output.Out.Write(text);
            RiskRunner.Save(s, report);
            return report.AnyHigh ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Wrapped to the terminal's width; severities in colour on a terminal (never piped or with NO_COLOR).</summary>
    private static string ForTerminal(string table, OutputSettings? settings)
    {
        if (settings?.TableWidth is { } width) table = DisplayWidth.Wrap(table, width);
        if (settings?.Colour != true) return table;
        return table.Replace("[HIGH]", "\u001b[1;31m[HIGH]\u001b[0m", StringComparison.Ordinal)
            .Replace("[MEDIUM]", "\u001b[33m[MEDIUM]\u001b[0m", StringComparison.Ordinal);
    }
}
