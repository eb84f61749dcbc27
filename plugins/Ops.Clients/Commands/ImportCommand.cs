using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Clients.Access;
using Ops.Clients.Import;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Clients.Commands;

internal static class ImportCommand
{
    /// <summary>The import's write, rolled back: what it would add and update, duplicates in the file found the same way.</summary>
    private static ImportResult DryRun(IOpsContext context, ImportFile import, DateOnly today, Progress progress)
    {
        try
        {
            context.Store.Write(() => throw new RolledBack(new ImportWriter(context.Store, today).Write(import, progress)));
        }
        catch (RolledBack done)
        {
            return done.Result;
        }
        throw new InvalidOperationException("the dry run's write returned instead of rolling back");
    }

    private sealed class RolledBack(ImportResult result) : Exception("dry run: rolled back")
    {
        public ImportResult Result { get; } = result;
    }

    public static Command Create(IOpsContext context)
    {
        var file = new Argument<string>("file") { Description = "CSV file, UTF-8 or Windows-1251, ',' or ';' (columns: docs/clients.md)" };
        var encoding = OpsOptions.Text("--encoding", "utf-8 or windows-1251 (default: detected)", "NAME");
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and report what would change; write nothing" };
        var map = OpsOptions.Text("--map", "A column mapping: a map file, or a shipped one: 1c, bitrix24, amocrm (docs/clients.md)", "FILE|NAME");
        var command = new Command("import", "Import clients from CSV: all-or-nothing, idempotent by INN (re-import updates)") { file, encoding, dryRun, map };
        command.WithExamples("ops clients import clients.csv --dry-run", "ops clients import clients.csv", "ops clients import kontragenty-1c.csv --map 1c   # a client list exported from 1C");
        command.SetAction(parse =>
        {
            AddCommand.RequireAll(context, Permissions.Edit, "import clients");
            var path = parse.GetValue(file)!;
            var today = context.Today;
            var staff = new CachedStaff(context.Staff);
            var columnMap = parse.GetValue(map) is { } m ? ImportMap.Load(m) : null;
            var reader = ImportReader.Open(path, parse.GetValue(encoding), note => context.Output.Message("note: " + note), columnMap, staff);
            var import = new ImportFile(reader, staff, today);
            if (import.Fields.Contains("lead") || import.Fields.Contains("backup")) AddCommand.RequireAll(context, Permissions.Assign, "import assignments");
            foreach (var column in reader.Ignored) context.Output.Message($"note: column '{column}' is not used by the import");
            using var progress = context.Progress("importing");   // one pass: a problem in any row rolls back the write

            if (parse.GetValue(dryRun))
            {
                var would = DryRun(context, import, today, progress);
                context.Audit.Record("clients.import", details: $"dry run of {path}: {would.Added} new, {would.Updated} to update", result: "dry-run");
                context.Output.Message($"Dry run: {would.Added + would.Updated} row(s) valid; would add {would.Added} and update {would.Updated} client(s). Nothing was written.");
                return ExitCodes.Ok;
            }
            var result = context.Store.Write(() =>
            {
                var result = new ImportWriter(context.Store, today).Write(import, progress);
                context.Audit.Record("clients.import", result.Ids.Records, details: result.Ids.Details($"{path}: {result.Added} new, {result.Updated} updated"));
                return result;
            });
            context.Output.Message($"Imported {result.Ids.Count} client(s) from {Path.GetFileName(path)}: {result.Added} added, {result.Updated} updated.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
