using Ops.Pay.Acknowledgment;
using Ops.Pay.Data;
using Ops.Pay.Engine;
using Ops.Sdk;
using Ops.Sdk.Risk;

namespace Ops.Pay.Risk;

/// <summary>pay.cut-unacknowledged: a premium cut, in the current or the previous month, for a person who has not
/// signed the «Положение о премировании» version in force at the month's end. Such a cut is unlawful to apply (Labour
/// Code arts. 135, 192: a premium is reduced only as a local regulation the employee was acquainted with provides).
/// With the documents plugin disabled the check cannot judge and says so for each cut.</summary>
public sealed class UnacknowledgedCutRiskCheck(IOpsContext context) : IRiskCheck
{
    public string Id => "pay.cut-unacknowledged";
    public string Title => context.Firm.Language == "ru" ? "Снижение премии без ознакомления с Положением о премировании"
        : "Premium cuts without a signed bonus regulation";
    public string Area => "pay";

    public IEnumerable<RiskFinding> Run()
    {
        var today = context.Today;
        var ru = context.Firm.Language == "ru";
        var plans = PlanStore.Book(context.Store);
        foreach (var period in new[] { Period.Of(today).Plus(-1), Period.Of(today) })
        {
            var ack = BonusAcknowledgment.For(context, period);
            foreach (var (login, cut) in Cuts(period, today, plans))
                if (ack.Unacknowledged(login, cut) is { } unacknowledged)
                {
                    if (unacknowledged) yield return Finding(login, period, cut, ack.Version, today, ru);
                }
                else yield return CannotJudge(login, period, cut, ru);
        }
    }

    /// <summary>Per person, how much reductions took from premiums in the period as it stands: frozen if closed.</summary>
    private IEnumerable<(string Login, decimal Cut)> Cuts(Period period, DateOnly today, Plans.PlanBook plans)
    {
        var store = context.Store;
        var byLogin = Statements.IsClosed(store, period)
            ? Statements.Frozen(store, period).Select(f => (f.Key, (IEnumerable<StatementLine>)f.Value))
            : Statements.Calculate(store, context.Calendar, period, today, plans, _ => true).Select(s => (s.Login, (IEnumerable<StatementLine>)s.Lines));
        return byLogin.Select(x => (x.Item1, BonusAcknowledgment.CutOf(x.Item2))).Where(x => x.Item2 > 0);
    }

    private RiskFinding Finding(string login, Period period, decimal cut, int version, DateOnly today, bool ru) => new(Id, Severity.High,
        ru ? $"{login}: премия за {period} снижена на {Money.Text(cut)} без ознакомления с Положением о премировании"
           : $"{login}: premium for {period} cut by {Money.Text(cut)} without a signed bonus regulation",
        ru ? $"Премия {login} за {period} снижена на {Money.Text(cut)} ₽, но {login} не подписал(а) «Положение о премировании» версии {version}, "
             + "действовавшей на конец периода. Снижать премию можно только по локальному нормативному акту, с которым работник ознакомлен под подпись "
             + "(ТК РФ ст. 22, 68, 135, 192): применять такое снижение незаконно."
           : $"{login}'s premium for {period} was cut by {Money.Text(cut)}, but {login} has not signed the bonus regulation («Положение о премировании») "
             + $"version {version}, in force at the period's end. A premium may be cut only as a local regulation the employee signed provides "
             + "(Labour Code arts. 22, 68, 135, 192): applying this cut is unlawful.",
        ["staff:" + login, "period:" + period, $"doc:{BonusAcknowledgment.Doc}@{version}"],
        (ru ? $"ознакомить {login} с текущим Положением о премировании под подпись: " : $"have {login} sign the current «Положение о премировании»: ")
        + $"ops docs render {BonusAcknowledgment.Doc} --format docx --out DIR, then ops docs sign --person {login} --doc {BonusAcknowledgment.Doc} --version {version} --date {today:yyyy-MM-dd}");

    private RiskFinding CannotJudge(string login, Period period, decimal cut, bool ru) => new(Id, Severity.Medium,
        ru ? $"{login}: снижение премии за {period} не проверить — модуль документов отключён"
           : $"{login}: cannot judge the premium cut for {period}, the docs plugin is disabled",
        ru ? $"Премия {login} за {period} снижена на {Money.Text(cut)} ₽; подписано ли Положение о премировании, неизвестно: подписи ведёт модуль docs, он отключён."
           : $"{login}'s premium for {period} was cut by {Money.Text(cut)}; whether the bonus regulation was signed cannot be judged: signatures are kept by the docs plugin, which is disabled.",
        ["staff:" + login, "period:" + period],
        "ops plugins enable docs");
}
