using System.CommandLine;
using Ops.Samples.Calls.Data;
using Ops.Samples.Calls.Import;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Samples.Calls.Commands;

/// <summary><c>calls import FILE [--map …] [--encoding …] [--dry-run]</c>: all or nothing, idempotent.</summary>
internal static class ImportCommand
{
    public static Command Create(IOpsContext ops)
    {
        var file = new Argument<string>("file") { Description = "Asterisk Master.csv, or a CSV with a header row when --map is given" };
        var map = new Option<string?>("--map") { Description = "Read a generic CSV: FIELD=COLUMN pairs, e.g. from=caller,to=callee,start=date,duration=secs,line=ext" };
        var encoding = new Option<string?>("--encoding") { Description = "utf-8 or windows-1251 (default: detected)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and count what would be added; write nothing" };
        var format = FormatOption.Create();
        var command = new Command("import", "Import call-detail records (Asterisk Master.csv, or any CSV with --map)") { file, map, encoding, dryRun, format };
        command.WithExamples("ops calls import /var/log/asterisk/cdr-csv/Master.csv --dry-run", "ops calls import /var/log/asterisk/cdr-csv/Master.csv", "ops calls import calls.csv --map from=caller,to=callee,start=date,duration=secs,line=ext");
        command.SetAction(parse =>
        {
            ops.Access.Demand(Permissions.Import);
            var path = parse.GetValue(file)!;
            var columnMap = parse.GetValue(map) is { } m ? CallFields.Parse(m) : null;
            var calls = Read(ops, path, columnMap, parse.GetValue(encoding));
            var unique = calls.DistinctBy(c => c.Uid).ToList();
            var dry = parse.GetValue(dryRun);
            var source = columnMap is null ? "asterisk" : "csv";

            var (importId, added) = dry ? (0L, CountNew(ops, unique)) : ops.Store.Write(() => Save(ops, path, source, calls.Count, unique));
            ops.Output.Record(
            [
                new("file", path), new("source", source), new("records", calls.Count), new("added", added),
                new("already_imported", unique.Count - added), new("duplicates_in_file", calls.Count - unique.Count),
                new("dry_run", dry), new("import_id", dry ? null : importId),
            ], parse.GetValue(format));
            ops.Output.Message(dry
                ? $"Dry run: {added} of {calls.Count} record(s) would be added; nothing was written."
                : $"Imported {added} new call(s) from {calls.Count} record(s) in {path}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<CallRecord> Read(IOpsContext ops, string path, Ops.Sdk.Input.ColumnMap? map, string? encoding)
    {
        var text = TextInput.ReadAllText(path, encoding);
        var errors = new List<InputError>();
        List<CallRecord> calls;
        if (map is null)
        {
            var (_, rows) = CsvRows.Read(text, path, ',', hasHeader: false, errors);
            calls = AsteriskCdr.Parse(rows, path, Data.Lines.All(ops.Store), errors);
        }
        else
        {
            var firstLine = text.Split('\n', 2)[0];
            var (header, rows) = CsvRows.Read(text, path, TextInput.DetectDelimiter(firstLine), hasHeader: true, errors);
            calls = MappedCsv.Parse(header, rows, path, map, errors);
        }
        InputError.ThrowIfAny(errors);
        if (calls.Count == 0)
            throw new InvalidInputException($"{path} holds no call records", map is null
                ? "pass Asterisk's Master.csv (/var/log/asterisk/cdr-csv/Master.csv)" : "check that the file has rows below its header");
        return calls;
    }

    private static int CountNew(IOpsContext ops, List<CallRecord> calls) =>
        calls.Count(c => ops.Store.Scalar<long>("SELECT count(*) FROM calls_records WHERE uid = $Uid", new { c.Uid }) == 0);

    private static (long, int) Save(IOpsContext ops, string path, string source, int read, List<CallRecord> calls)
    {
        var importId = ops.Store.Scalar<long>(
            "INSERT INTO calls_imports (file, source, at, login, rows_read, added) VALUES ($File, $Source, $At, $Login, $Read, 0) RETURNING id",
            new { File = Path.GetFileName(path), Source = source, At = ops.Clock.GetUtcNow(), ops.Actor.Login, Read = read });
        var added = 0;
        foreach (var c in calls)
        {
            added += ops.Store.Execute("""
                INSERT INTO calls_records (uid, source, started_at, line, direction, number, number_raw, duration_s, billsec, answered, disposition, import_id)
                VALUES ($Uid, $Source, $StartedAt, $Line, $Direction, $Number, $NumberRaw, $DurationS, $Billsec, $Answered, $Disposition, $ImportId)
                ON CONFLICT (uid) DO NOTHING
                """,
                new
                {
                    c.Uid, c.Source, StartedAt = Values.Iso(c.StartedAt), c.Line, Direction = c.DirectionText, c.Number, c.NumberRaw,
                    c.DurationS, c.Billsec, Answered = c.Answered ? 1 : 0, c.Disposition, ImportId = importId,
                });
        }
        ops.Store.Execute("UPDATE calls_imports SET added = $Added WHERE id = $Id", new { Added = added, Id = importId });
        ops.Audit.Record("calls.import", ["calls-import:" + importId], details: $"{Path.GetFileName(path)} ({source}): {added} new of {read}");
        return (importId, added);
    }
}
