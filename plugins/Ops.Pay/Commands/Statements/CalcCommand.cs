using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Pay.Acknowledgment;
using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;

namespace Ops.Pay.Commands.Statements;

/// <summary><c>ops pay calc --period P [--person LOGIN]</c>: statements the actor may see, every line explained.
/// A closed period shows its frozen lines plus adjustments for whatever changed since.</summary>
internal static class CalcCommand
{
    public static Command Create(IOpsContext context)
    {
        var period = OpsOptions.Period("--period", "The month");
        var person = new Option<string?>("--person") { Description = "Only this person's statement", HelpName = "LOGIN" };
        var format = FormatOption.Create();
        period.Required = true;
        var command = new Command("calc", "Calculate pay statements for a month: every line names its rule, inputs and arithmetic") { period, person, format };
        command.WithExamples("ops pay calc --period 2026-11", "ops pay calc --period 2026-11 --person volkova", "ops pay calc --period 2026-11 --format xlsx --out statements-2026-11.xlsx");
        command.SetAction(parse =>
        {
            var month = Period.Parse(parse.GetValue(period)!);
            var visible = Visible(context, parse.GetValue(person));
            var today = context.Today;
            var store = context.Store;
            var statements = Data.Statements.Calculate(store, context.Calendar, month, today, PlanStore.Book(store), p => PayAccess.Sees(visible, p.Login));
            var closed = Data.Statements.IsClosed(store, month);
            var frozen = closed ? Data.Statements.Frozen(store, month) : [];
            var ack = BonusAcknowledgment.For(context, month);
            var rows = new List<StatementRow>();
            foreach (var s in statements)
            {
                var plan = $"{s.PlanId} v{s.PlanVersion}";
                IReadOnlyList<StatementLine> lines = closed ? [.. frozen.GetValueOrDefault(s.Login) ?? []] : s.Lines;
                var source = closed ? "closed" : "calculated";
                var adjustments = closed ? Data.Statements.Adjustments(s.Login, lines, s.Lines) : [];
                // The cut applied: the frozen lines' of a closed month, else the calculated ones.
                var cut = BonusAcknowledgment.CutOf(lines);
                var mark = ack.Unacknowledged(s.Login, cut);
                var seq = 0;
                foreach (var l in lines) rows.Add(Row(month, s, plan, ++seq, l, source, mark));
                foreach (var l in adjustments) rows.Add(Row(month, s, plan, ++seq, l, "adjustment", mark));
                if (mark is not false && parse.GetValue(format) == OutputFormat.Table)
                {
                    var (text, fix) = CutNote(ack, s.Login, cut);
                    rows.Add(new StatementRow(month.ToString(), s.Login, s.FullName, plan, ++seq, "note.cut_unacknowledged", "", text, fix, 0m, "note", mark));
                }
                var total = lines.Sum(l => l.Amount) + adjustments.Sum(l => l.Amount);
                rows.Add(new StatementRow(month.ToString(), s.Login, s.FullName, plan, ++seq, "total", "", $"{lines.Count + adjustments.Count} line(s); gross, before НДФЛ",
                    string.Join(" + ", lines.Concat(adjustments).Select(l => Money.Text(l.Amount))).Replace("+ -", "− ") + $" = {Money.Text(total)}", total, "total", mark));
            }
            context.Audit.Record("pay.statements.view", statements.Select(s => "staff:" + s.Login).Append("period:" + month), details: $"period {month}");
            if (parse.GetValue(person) is { } who && statements.Count == 0)
                throw new NotFoundException($"no statement for {who} in {month}", "check that a plan applies to them (ops pay plans list) and that they were employed that month");
            context.Output.Rows(rows, Data.Statements.ColumnsFor(parse.GetValue(format)), parse.GetValue(format));
            context.Output.Message("Amounts are gross, before НДФЛ (personal income tax, withheld when paid); insurance contributions come on top: ops pay simulate.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static StatementRow Row(Period month, Statement s, string plan, int seq, StatementLine l, string source, bool? mark) =>
        new(month.ToString(), s.Login, s.FullName, plan, seq, l.Rule, l.Subject, l.Inputs, l.Arithmetic, l.Amount, source, mark);

    /// <summary>The table's note on an unacknowledged cut: what and why, and the fix.</summary>
    private static (string Text, string Fix) CutNote(BonusAcknowledgment ack, string login, decimal cut) => ack.CanJudge
        ? ($"cut {Money.Text(cut)} unlawful to apply: {login} has not signed «Положение о премировании» v{ack.Version} (LC arts. 135, 192)",
            $"ops docs sign --person {login} --doc {BonusAcknowledgment.Doc} --version {ack.Version} --date D")
        : ($"cut {Money.Text(cut)}: signature of «Положение о премировании» cannot be judged, docs plugin disabled", "ops plugins enable docs");

    /// <summary>Whose statements the actor may see; asking for someone out of scope is refused and audited.</summary>
    public static HashSet<string>? Visible(IOpsContext context, string? person)
    {
        var scope = context.Access.Demand("pay.statements");
        var visible = PayAccess.Visible(context, scope);
        if (person is null) return visible;
        if (!PayAccess.Sees(visible, person))
        {
            context.Audit.Record("pay.statements.view", ["staff:" + person], "denied");
            throw new AccessDeniedException($"denied: your pay.statements scope ({scope.ToString().ToLowerInvariant()}) does not reach {person}'s statement",
                $"see your own with: ops pay calc --period P --person {context.Actor.Login}");
        }
        return new HashSet<string>(StringComparer.Ordinal) { person };
    }
}
