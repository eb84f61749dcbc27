using System.CommandLine;
using Ops.Clients.Access;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Clients.Export;

internal static class TraceCommand
{
    public static Command Create(IOpsContext context)
    {
        var file = new Argument<string>("file") { Description = "A leaked list: CSV, JSON or plain text, any encoding Ops reads" };
        var encoding = new Option<string>("--encoding") { Description = "utf-8 or windows-1251 (default: detected)", HelpName = "NAME" };
        var format = FormatOption.Create();
        var command = new Command("trace", "Name the export a leaked list came from, by the canary records in it") { file, encoding, format };
        command.WithExamples("ops clients trace exported-by-volkova-2026-11-24.csv   # which export a leaked list came from");
        command.SetAction(parse =>
        {
            context.Access.Demand(Permissions.Watch);
            var path = parse.GetValue(file)!;
            var text = TextInput.ReadAllText(path, parse.GetValue(encoding));
            var candidates = Tracer.Trace(context.Store, text);
            IReadOnlyList<Column<TraceCandidate>> columns =
            [
                Column.Of<TraceCandidate>("export_id", c => c.ExportId),
                Column.Of<TraceCandidate>("verdict", c => c.Verdict),
                Column.Of<TraceCandidate>("at", c => c.At),
                Column.Of<TraceCandidate>("actor", c => c.Actor),
                Column.Of<TraceCandidate>("real_actor", c => c.RealActor),
                Column.Of<TraceCandidate>("filter", c => c.Filter),
                Column.Of<TraceCandidate>("format", c => c.Format),
                Column.Of<TraceCandidate>("rows", c => c.Rows),
                new("canaries_found", "CANARIES", c => c.CanariesFound),
                new("canaries_total", "OF", c => c.CanariesTotal),
                new("real_clients_found", "REAL", c => c.RealFound),
                new("real_clients_in_export", "IN EXPORT", c => c.RealInExport),
            ];
            context.Audit.Record("clients.trace", candidates.Select(c => "export:" + c.ExportId), candidates.Count > 0 ? "ok" : "no-match", path);
            if (candidates.Count == 0)
                throw new NotFoundException($"no export matches {Path.GetFileName(path)}: no canary record and no consistent set of clients was found",
                    "the list may predate fingerprinting, come from somewhere else, or have lost every canary row");
            context.Output.Rows(candidates, columns, parse.GetValue(format));
            var best = candidates[0];
            context.Output.Message(best.Verdict == "source"
                ? $"The file came from export {best.ExportId} by {best.Actor}{(best.RealActor != best.Actor ? $" (run by {best.RealActor})" : "")} at {best.At} ({best.Filter}): {best.CanariesFound} of its {best.CanariesTotal} canary records are in it."
                : $"No canary survived; {candidates.Count} export(s) contain every client found in the file. This narrows the source but does not prove it.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
