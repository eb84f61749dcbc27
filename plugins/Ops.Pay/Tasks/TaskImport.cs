using System.Globalization;
using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;
using Ops.Sdk.Store;

namespace Ops.Pay.Tasks;

/// <summary>Reads a task CSV (docs/pay.md): regulation, inn, due_on required; assignee, done_on, fine optional.
/// Every row is checked before anything is written; one bad row refuses the whole file.</summary>
internal static class TaskImport
{
    public sealed record Row(string Regulation, string ClientId, DateOnly Due, string? Assignee, DateOnly? DoneOn, long? FineKopecks);

    private static readonly string[] Known = ["regulation", "inn", "due_on", "assignee", "done_on", "fine"];

    public static List<Row> Read(IStore store, string path)
    {
        var text = TextInput.ReadAllText(path);
        var file = Path.GetFileName(path);
        var firstLine = text.Split('\n', 2)[0];
        var records = CsvInput.Records(text, TextInput.DetectDelimiter(firstLine), file);
        var errors = new List<InputError>();
        if (records.Count == 0) throw new InvalidInputException($"{file} is empty", "start it with the header: regulation,inn,due_on,assignee,done_on,fine");
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        foreach (var h in header.Where(h => !Known.Contains(h)))
            errors.Add(new InputError(file, 1, h, $"unknown column '{h}'", $"use: {string.Join(", ", Known)}"));
        foreach (var required in new[] { "regulation", "inn", "due_on" }.Where(r => !header.Contains(r)))
            errors.Add(new InputError(file, 1, required, $"the column '{required}' is missing", $"add '{required}' to the header"));
        InputError.ThrowIfAny(errors);

        var regulations = Regulation.All(store).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var byInn = store.Query("SELECT id, inn FROM clients_v1", r => (Id: CalcData.Id(r.GetValue(0)), Inn: r.Text("inn")))
            .ToDictionary(x => x.Inn, x => x.Id, StringComparer.Ordinal);
        var staff = CalcData.Staff(store).Select(p => p.Login).ToHashSet(StringComparer.Ordinal);
        var rows = new List<Row>();
        var seen = new Dictionary<(string, string, DateOnly), int>();
        foreach (var (line, record) in records.Skip(1))
        {
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            string Get(string column) { var i = Array.IndexOf(header, column); return i >= 0 && i < record.Length ? record[i].Trim() : ""; }
            void Bad(string column, string problem, string fix) => errors.Add(new InputError(file, line, column, problem, fix));

            var reg = Get("regulation");
            if (!regulations.Contains(reg)) Bad("regulation", $"no regulation '{reg}'", "add it with ops pay regulations add, or fix the code");
            var inn = Get("inn");
            if (!byInn.TryGetValue(inn, out var clientId)) Bad("inn", $"no client with INN '{inn}'", "import the client with ops clients import first, or fix the INN");
            var due = Date(Get("due_on"), "due_on", true, Bad);
            var assignee = Get("assignee") is { Length: > 0 } a ? a : null;
            if (assignee is not null && !staff.Contains(assignee)) Bad("assignee", $"'{assignee}' is not in the staff directory", "use a staff login (ops staff list)");
            var done = Date(Get("done_on"), "done_on", false, Bad);
            long? fine = null;
            if (Get("fine") is { Length: > 0 } f)
            {
                if (decimal.TryParse(f.Replace(" ", "").Replace('\u00a0'.ToString(), "").Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                    fine = Money.ToKopecks(amount);
                else Bad("fine", $"'{f}' is not an amount", "write roubles, e.g. 5000 or 5 000,00");
            }
            if (clientId is not null && due is { } d && regulations.Contains(reg))
            {
                if (seen.TryGetValue((reg, clientId, d), out var first))
                    Bad("due_on", $"the same task (regulation {reg}, INN {inn}, due {d:yyyy-MM-dd}) is already on line {first}", "keep one row per task");
                else
                {
                    seen[(reg, clientId, d)] = line;
                    rows.Add(new Row(reg, clientId, d, assignee, done, fine));
                }
            }
        }
        InputError.ThrowIfAny(errors);
        return rows;
    }

    private static DateOnly? Date(string text, string column, bool required, Action<string, string, string> bad)
    {
        if (text.Length == 0)
        {
            if (required) bad(column, $"'{column}' is empty", "write a date as YYYY-MM-DD");
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        bad(column, $"'{text}' is not a date", "write it as YYYY-MM-DD");
        return null;
    }

    /// <summary>Inserts new tasks and updates existing ones (same regulation, client and due date), with two
    /// prepared statements reused for every row. Returns (inserted, updated).</summary>
    public static (int, int) Write(IStore store, IEnumerable<Row> rows)
    {
        var shape = new { Regulation = "", Client = "", Due = "", Assignee = (string?)null, Done = (string?)null, Fine = (long?)null, Period = "" };
        using var update = store.Command("""
            UPDATE pay_tasks SET assignee = coalesce($Assignee, assignee), done_on = coalesce($Done, done_on), fine_kopecks = coalesce($Fine, fine_kopecks)
            WHERE regulation = $Regulation AND client_id = $Client AND due_on = $Due
            """, shape);
        using var insert = store.Command("""
            INSERT INTO pay_tasks (regulation, client_id, period, due_on, assignee, done_on, fine_kopecks)
            VALUES ($Regulation, $Client, $Period, $Due, $Assignee, $Done, coalesce($Fine, 0))
            """, shape);
        int inserted = 0, updated = 0;
        foreach (var r in rows)
        {
            foreach (var command in new[] { update, insert })
            {
                var p = command.Parameters;
                p["$Regulation"].Value = r.Regulation;
                p["$Client"].Value = r.ClientId;
                p["$Due"].Value = r.Due.ToIso();
                p["$Assignee"].Value = (object?)r.Assignee ?? DBNull.Value;
                p["$Done"].Value = (object?)r.DoneOn.ToIso() ?? DBNull.Value;
                p["$Fine"].Value = (object?)r.FineKopecks ?? DBNull.Value;
                if (p.Contains("$Period")) p["$Period"].Value = Period.Of(r.Due).ToString();
            }
            if (update.ExecuteNonQuery() > 0) updated++;
            else { insert.ExecuteNonQuery(); inserted++; }
        }
        return (inserted, updated);
    }
}
