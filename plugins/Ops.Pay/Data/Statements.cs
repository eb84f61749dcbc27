using Ops.Pay.Engine;
using Ops.Pay.Plans;
using Ops.Sdk.Calendar;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Pay.Data;

/// <summary>One printed statement row. <see cref="Source"/>: calculated (open period), closed (frozen at close),
/// adjustment (a closed period recalculated), note (text only, amount 0), total. <see cref="CutUnacknowledged"/>: the
/// statement's premiums were cut for a person who has not signed the «Положение о премировании» in force at the
/// period's end (null: cannot judge, the documents plugin is disabled).</summary>
internal sealed record StatementRow(string Period, string Login, string FullName, string Plan, int Seq, string Rule, string Subject,
    string Inputs, string Arithmetic, decimal Amount, string Source, bool? CutUnacknowledged = false);

/// <summary>Calculating, freezing and comparing statements.</summary>
internal static class Statements
{
    public static IReadOnlyList<Statement> Calculate(IStore store, ICalendar calendar, Period period, DateOnly today, PlanBook plans, Func<Person, bool> include)
    {
        var inputs = CalcData.Load(store, period, today, calendar);
        return Calculator.Calculate(inputs with { Staff = inputs.Staff.Where(include).ToList() }, plans);
    }

    public static bool IsClosed(IStore store, Period period) =>
        store.Scalar<long>("SELECT count(*) FROM pay_periods WHERE period = $P", new { P = period.ToString() }) > 0;

    public static void Freeze(IStore store, Period period, IEnumerable<Statement> statements, DateTimeOffset now, string by)
    {
        store.Execute("INSERT INTO pay_periods (period, closed_at, closed_by) VALUES ($P, $Now, $By)", new { P = period.ToString(), Now = now, By = by });
        using var insert = store.Command("""
            INSERT INTO pay_statement_lines (period, login, seq, rule, subject, inputs, arithmetic, amount_kopecks)
            VALUES ($P, $Login, $Seq, $Rule, $Subject, $Inputs, $Arithmetic, $Amount)
            """, new { P = period.ToString(), Login = "", Seq = 0, Rule = "", Subject = "", Inputs = "", Arithmetic = "", Amount = 0L });
        foreach (var s in statements)
            for (var i = 0; i < s.Lines.Count; i++)
            {
                var l = s.Lines[i];
                insert.Parameters["$Login"].Value = s.Login;
                insert.Parameters["$Seq"].Value = i + 1;
                insert.Parameters["$Rule"].Value = l.Rule;
                insert.Parameters["$Subject"].Value = l.Subject;
                insert.Parameters["$Inputs"].Value = $"[{s.PlanId} v{s.PlanVersion}] {l.Inputs}";
                insert.Parameters["$Arithmetic"].Value = l.Arithmetic;
                insert.Parameters["$Amount"].Value = Money.ToKopecks(l.Amount);
                insert.ExecuteNonQuery();
            }
    }

    public static Dictionary<string, List<StatementLine>> Frozen(IStore store, Period period) =>
        store.Query("SELECT login, rule, subject, inputs, arithmetic, amount_kopecks FROM pay_statement_lines WHERE period = $P ORDER BY login, seq",
                r => new StatementLine(r.Text("login"), r.Text("rule"), r.Text("subject"), r.Text("inputs"), r.Text("arithmetic"), Money.FromKopecks(r.Int("amount_kopecks"))),
                new { P = period.ToString() })
            .GroupBy(l => l.Login).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>The differences between a recalculation and what was frozen, one line per rule and subject that changed.</summary>
    public static List<StatementLine> Adjustments(string login, IReadOnlyList<StatementLine> frozen, IReadOnlyList<StatementLine> now)
    {
        var keys = now.Select(Key).Concat(frozen.Select(Key)).Distinct().ToList();
        var result = new List<StatementLine>();
        foreach (var key in keys)
        {
            var before = frozen.Where(l => Key(l) == key).Sum(l => l.Amount);
            var after = now.Where(l => Key(l) == key).Sum(l => l.Amount);
            if (before == after) continue;
            var latest = now.LastOrDefault(l => Key(l) == key);
            result.Add(new StatementLine(login, Rules.Adjustment, key.Subject,
                $"{key.Rule} recalculated{(latest is null ? ": no longer applies" : ": " + latest.Inputs)}",
                $"{Money.Text(after)} − closed {Money.Text(before)} = {Money.Text(after - before)}", after - before));
        }
        return result;
    }

    private static (string Rule, string Subject) Key(StatementLine l) => (l.Rule, l.Subject);

    public static readonly Column<StatementRow>[] Columns =
    [
        Column.Of<StatementRow>("period", r => r.Period),
        Column.Of<StatementRow>("login", r => r.Login),
        Column.Of<StatementRow>("full_name", r => r.FullName),
        Column.Of<StatementRow>("plan", r => r.Plan),
        Column.Of<StatementRow>("seq", r => r.Seq),
        Column.Of<StatementRow>("source", r => r.Source),
        Column.Of<StatementRow>("rule", r => r.Rule),
        Column.Of<StatementRow>("subject", r => r.Subject),
        Column.Of<StatementRow>("inputs", r => r.Inputs),
        Column.Of<StatementRow>("arithmetic", r => r.Arithmetic),
        Column.Of<StatementRow>("amount", r => r.Amount),
    ];

    /// <summary>The columns for a format: JSON, CSV and XLSX carry <c>cut_unacknowledged</c> on every row; the table shows
    /// a <c>note</c> row instead (the calc command adds it), so a reader sees the warning in words.</summary>
    public static IReadOnlyList<Column<StatementRow>> ColumnsFor(OutputFormat format) => format == OutputFormat.Table
        ? Columns
        : [.. Columns, Column.Of<StatementRow>("cut_unacknowledged", r => r.CutUnacknowledged)];
}
