using Ops.Pay.Data;
using Ops.Pay.Plans;
using Ops.Sdk;
using Ops.Sdk.Risk;

namespace Ops.Pay.Risk;

/// <summary>pay.no-retention-premium: plans in force that pay nothing for keeping or winning clients,
/// so nothing in pay weighs against an employee taking clients along.</summary>
public sealed class RetentionRiskCheck(IOpsContext context) : IRiskCheck
{
    public string Id => "pay.no-retention-premium";
    public string Title => context.Firm.Language == "ru" ? "Планы оплаты без премии за сохранение клиентов" : "Pay plans with no premium for keeping clients";
    public string Area => "pay";

    public IEnumerable<RiskFinding> Run()
    {
        var today = context.Today;
        return Find(Id, PlanStore.All(context.Store), today, context.Firm.Language == "ru");
    }

    internal static IEnumerable<RiskFinding> Find(string id, IEnumerable<Plan> plans, DateOnly today, bool ru = false) =>
        plans.Where(p => p.InForceOn(today) && !p.RewardsKeepingClients).Select(p => new RiskFinding(id, Severity.Medium,
            ru ? $"план {p.Label} ничего не платит за сохранение клиентов" : $"plan {p.Label} pays nothing for keeping clients",
            ru ? $"В плане {p.Label} ({p.TargetKind} {p.Target}) нет ни премии за сохранение клиентов, ни премии за нового клиента: оплата не поощряет удерживать клиентов фирмы."
               : $"Plan {p.Label} for {p.TargetKind} {p.Target} has neither a retention bonus nor a new-client bonus, so pay does not reward keeping the firm's clients.",
            [$"plan:{p.Id}@{p.Version}", $"{p.TargetKind}:{p.Target}"],
            ru ? $"добавить premiums.retention (например months: 12, amount: 3000) или premiums.new_client (например percent: 10, months: 12) в новую версию {p.Id} и загрузить её: ops pay plans add FILE"
               : $"add premiums.retention (e.g. months: 12, amount: 3000) or premiums.new_client (e.g. percent: 10, months: 12) to a new version of {p.Id} and load it: ops pay plans add FILE"));
}
