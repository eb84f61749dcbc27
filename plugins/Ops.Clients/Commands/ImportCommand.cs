using System.CommandLine;
using Ops.Clients.Access;
using Ops.Clients.Data;
using Ops.Clients.Import;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Clients.Commands;

internal static class ImportCommand
{
    public static Command Create(IOpsContext context)
    {
        var file = new Argument<string>("file") { Description = "CSV file, UTF-8 or Windows-1251, ',' or ';' (columns: docs/clients.md)" };
        var encoding = Opts.Text("--encoding", "utf-8 or windows-1251 (default: detected)", "NAME");
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and report what would change; write nothing" };
        var map = Opts.Text("--map", "A column mapping: a map file, or a shipped one: 1c, bitrix24, amocrm (docs/clients.md)", "FILE|NAME");
        var command = new Command("import", "Import clients from CSV: all-or-nothing, idempotent by INN (re-import updates)") { file, encoding, dryRun, map };
        command.SetAction(parse =>
        {
            AddCommand.RequireAll(context, Permissions.Edit, "import clients");
            var path = parse.GetValue(file)!;
            var today = context.Today;
            var columnMap = parse.GetValue(map) is { } m ? ImportMap.Load(m) : null;
            var (rows, fields, ignored) = ImportFile.Read(path, parse.GetValue(encoding), new CachedStaff(context.Staff), today,
                note => context.Output.Message("note: " + note), columnMap);
            if (fields.Contains("lead") || fields.Contains("backup")) AddCommand.RequireAll(context, Permissions.Assign, "import assignments");
            foreach (var column in ignored) context.Output.Message($"note: column '{column}' is not used by the import");

            var existing = context.Store.Query("SELECT inn, id FROM clients_clients", r => (Inn: r.GetString(0), Id: r.GetInt64(1)))
                .ToDictionary(x => x.Inn, x => x.Id, StringComparer.Ordinal);
            var updates = rows.Count(r => existing.ContainsKey(r.Fields.Inn!));
            var adds = rows.Count - updates;
            if (parse.GetValue(dryRun))
            {
                context.Audit.Record("clients.import", details: $"dry run of {path}: {adds} new, {updates} to update", result: "dry-run");
                context.Output.Message($"Dry run: {rows.Count} row(s) valid; would add {adds} and update {updates} client(s). Nothing was written.");
                return ExitCodes.Ok;
            }
            // A large import touches six tables and their indexes; SQLite's default 2 MB page cache then spills
            // to the WAL mid-transaction. A bigger cache for this connection only (ignored by other stores).
            if (rows.Count > 10_000) context.Store.Execute("PRAGMA cache_size = -65536");
            var ids = context.Store.Write(() =>
            {
                var writer = new ClientWriter(context.Store, today);
                using var fast = new FastInserter(context.Store, today);
                var touched = new List<string>(rows.Count);
                foreach (var row in rows)
                {
                    if (existing.TryGetValue(row.Fields.Inn!, out var id)) writer.Update(id, row.Fields);
                    else
                    {
                        row.Fields.Columns.TryAdd("started_on", today);
                        id = fast.Insert(row.Fields);
                    }
                    touched.Add("client:" + id);
                }
                context.Audit.Record("clients.import", touched, details: $"{path}: {adds} new, {updates} updated");
                return touched;
            });
            context.Output.Message($"Imported {ids.Count} client(s) from {Path.GetFileName(path)}: {adds} added, {updates} updated.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
