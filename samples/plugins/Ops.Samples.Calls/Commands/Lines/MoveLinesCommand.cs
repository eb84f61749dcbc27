using System.CommandLine;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Samples.Calls.Commands.Lines;

/// <summary><c>ops calls lines move --from LOGIN --to LOGIN</c>: every corporate line of a departing person to someone who
/// stays (or '-' for nobody), in one transaction, audited — the departure plan's <c>calls.lines</c> step. Personal lines
/// (her own mobile, registered to match calls) stay hers.</summary>
internal static class MoveLinesCommand
{
    public static Command Create(IOpsContext ops)
    {
        var from = new Option<string>("--from") { Description = "Whose lines move (e.g. a departing employee)", HelpName = "LOGIN", Required = true };
        var to = new Option<string>("--to") { Description = "Who uses them from now on ('-' for nobody)", HelpName = "LOGIN", Required = true };
        var command = new Command("move", "Move all of one person's corporate lines to another (e.g. when they leave); personal lines stay theirs") { from, to };
        command.WithExamples("ops calls lines move --from volkova --to ivanova   # her lines to her successor");
        command.SetAction(parse =>
        {
            ops.Access.Demand(Permissions.Lines);
            var fromLogin = LineOptions.Login(ops, parse.GetValue(from)!);
            var target = parse.GetValue(to)!.Trim();
            string? toLogin = target == "-" ? null : LineOptions.Login(ops, target);
            if (toLogin == fromLogin) throw new UsageException("--from and --to are the same person");
            if (toLogin is not null && ops.Staff.Find(toLogin)!.HasLeft(ops.Today))
                throw new InvalidInputException($"{toLogin} has left the firm", "move the lines to someone who works here");
            var moved = ops.Store.Write(() =>
            {
                var lines = ops.Store.Query("SELECT line FROM calls_lines WHERE login = $From AND corporate = 1 ORDER BY line", r => r.GetString(0), new { From = fromLogin }).ToList();
                if (lines.Count == 0) throw new NotFoundException($"no corporate line is registered to {fromLogin}", "see: ops calls lines list");
                ops.Store.Execute("UPDATE calls_lines SET login = $To WHERE login = $From AND corporate = 1", new { To = toLogin, From = fromLogin });
                ops.Audit.Record("calls.lines.move", [.. lines.Select(l => "line:" + l), "staff:" + fromLogin, .. toLogin is null ? Array.Empty<string>() : ["staff:" + toLogin]],
                    details: $"{lines.Count} line(s) from {fromLogin} to {toLogin ?? "nobody"}");
                return lines;
            });
            ops.Output.Message($"Moved {moved.Count} line(s) ({string.Join(", ", moved)}) from {fromLogin} to {toLogin ?? "nobody"}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
