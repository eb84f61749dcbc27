using Ops.Sdk.Calendar;

namespace Ops.Pay.Engine;

/// <summary>A person as the calculator needs them (from ops_staff_v1). <see cref="LeavingDate"/> is, as in the host,
/// the first day no longer employed.</summary>
public sealed record Person(string Login, string FullName, string Role, string Team, DateOnly? HireDate, DateOnly? LeavingDate);

/// <summary>A client as the calculator needs it (from clients_v1). <see cref="LeftOn"/> is the day it left, as the
/// registry records it: the first day no longer served.</summary>
public sealed record Client(string Id, string Name, string Status, long MonthlyFeeKopecks, IReadOnlyList<string> Services,
    DateOnly? StartedOn, DateOnly? LeftOn)
{
    public decimal MonthlyFee => Money.FromKopecks(MonthlyFeeKopecks);

    /// <summary>The fee history (client_fees_v1), ascending by date; empty means the current fee all along.</summary>
    public IReadOnlyList<FeeFrom> Fees { get; init; } = [];

    /// <summary>The days of <paramref name="period"/> inside [from, to] (inclusive, null open), grouped by the fee in
    /// force on them: one piece for a month without a fee change.</summary>
    public IReadOnlyList<(decimal Fee, int Days)> FeePieces(Period period, DateOnly? from, DateOnly? to)
    {
        var start = from is { } f && f > period.First ? f : period.First;
        var end = to is { } t && t < period.Last ? t : period.Last;
        var pieces = new List<(decimal Fee, int Days)>();
        for (var d = start; d <= end; d = d.AddDays(1))
        {
            var fee = FeeOn(d);
            if (pieces.Count > 0 && pieces[^1].Fee == fee) pieces[^1] = (fee, pieces[^1].Days + 1);
            else pieces.Add((fee, 1));
        }
        return pieces;
    }

    /// <summary>The fee in force on <paramref name="day"/>.</summary>
    public decimal FeeOn(DateOnly day)
    {
        if (Fees.Count == 0) return MonthlyFee;
        var fee = Fees[0].MonthlyFeeKopecks;
        foreach (var f in Fees)
            if (f.From <= day) fee = f.MonthlyFeeKopecks;
            else break;
        return Money.FromKopecks(fee);
    }

    /// <summary>The days the firm serves the client, both ends inclusive: from its start to the day before it left; a paused client, or one
    /// marked as left without a date, earns nothing.</summary>
    public (DateOnly? From, DateOnly? To)? Served => Status switch
    {
        "paused" => null,
        "left" when LeftOn is null => null,
        _ => (StartedOn, LeftOn?.AddDays(-1)),
    };
}

/// <summary>A fee in force from <see cref="From"/> until the next one's date.</summary>
public sealed record FeeFrom(DateOnly From, long MonthlyFeeKopecks);

/// <summary>A lead or backup assignment (from client_assignments_v1). As in the registry, <see cref="To"/> is the first
/// day no longer assigned (a reassignment on day D ends the old one and starts the new one on D), null while current.</summary>
public sealed record Assignment(string ClientId, string Login, string Role, DateOnly From, DateOnly? To);

/// <summary>What task control says about one person for one period (tasks due in the period).</summary>
public sealed record TaskStats(int Due, int OnTime, int LateStatutory, decimal FinesCaused, int PointsDone)
{
    public static readonly TaskStats None = new(0, 0, 0, 0m, 0);
}

/// <summary>Everything one calculation reads, loaded set-wise before any arithmetic.</summary>
public sealed record CalcInputs(
    Period Period,
    IReadOnlyList<Person> Staff,
    IReadOnlyList<Client> Clients,
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyDictionary<string, TaskStats> Tasks,
    ICalendar Calendar)
{
    /// <summary>Per person and client ("login|client id"): the new-client premium paid in closed periods before this one,
    /// net of what was already taken back (frozen <c>premium.new_client</c> + <c>clawback.new_client</c> lines).</summary>
    public IReadOnlyDictionary<string, decimal> NewClientPaid { get; init; } = new Dictionary<string, decimal>();

    /// <summary>The closed periods ("YYYY-MM").</summary>
    public IReadOnlySet<string> Closed { get; init; } = new HashSet<string>();
}

/// <summary>One line of a statement: which rule, on what, from which inputs, by what arithmetic, how much.</summary>
public sealed record StatementLine(string Login, string Rule, string Subject, string Inputs, string Arithmetic, decimal Amount);

/// <summary>A person's statement for a period under one plan.</summary>
public sealed record Statement(string Login, string FullName, string PlanId, int PlanVersion, IReadOnlyList<StatementLine> Lines)
{
    public decimal Total => Lines.Sum(l => l.Amount);
    public decimal Fixed => Lines.Where(l => l.Rule == Rules.Fixed).Sum(l => l.Amount);
}

/// <summary>The rule names that appear in statements (docs/pay.md explains each).</summary>
public static class Rules
{
    public const string Fixed = "fixed";
    public const string FeeShare = "fee_share";
    public const string PointsClients = "points.clients";
    public const string PointsTasks = "points.tasks";
    public const string RevenueShare = "revenue_share";
    public const string OnTime = "premium.on_time";
    public const string NewClient = "premium.new_client";
    public const string Retention = "premium.retention";
    public const string LateStatutory = "reduction.late_statutory";
    public const string ClientFines = "reduction.client_fines";
    public const string ReductionLimit = "reduction.limit";
    public const string CapPremiums = "cap.premiums";
    public const string CapTotal = "cap.total";
    public const string Adjustment = "adjustment";
    public const string Clawback = "clawback.new_client";
}
