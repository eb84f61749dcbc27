using Ops.Pay.Engine;
using Ops.Pay.Plans;
using Ops.Sdk.Calendar;

namespace Ops.Pay.Tests;

/// <summary>Small builders for the calculator's inputs. The period is October 2026 (31 days) unless said otherwise.</summary>
internal static class Build
{
    public static readonly Period October = new(2026, 10);

    /// <summary>The 2026 production calendar as decree № 1466 of 24.09.2025 sets it (holidays of art. 112, 9 Jan and 31 Dec
    /// moved from 3 and 4 Jan, 9 Mar and 11 May from 8 Mar and 9 May), written out here independently of the shipped data.</summary>
    public static readonly ICalendar Calendar = new ProductionCalendar([new CalendarYear(2026, "decree 1466", false,
    [
        .. new[] { "01-01", "01-02", "01-03", "01-04", "01-05", "01-06", "01-07", "01-08", "02-23", "03-08", "05-01", "05-09", "06-12", "11-04" }
            .Select(d => new SpecialDay(DateOnly.Parse("2026-" + d), DayKind.Holiday, "")),
        .. new[] { "01-09", "03-09", "05-11", "12-31" }.Select(d => new SpecialDay(DateOnly.Parse("2026-" + d), DayKind.DayOff, "")),
        .. new[] { "04-30", "05-08", "06-11", "11-03" }.Select(d => new SpecialDay(DateOnly.Parse("2026-" + d), DayKind.Shortened, "")),
    ])]);

    public static Person Person(string login = "anna", string role = "accountant", DateOnly? hired = null, DateOnly? leaving = null) =>
        new(login, login, role, "north", hired ?? new DateOnly(2020, 1, 1), leaving);

    public static Client Client(string id, decimal fee, string services = "", DateOnly? started = null, string status = "active", DateOnly? left = null) =>
        new(id, "Client " + id, status, (long)(fee * 100), services.Split('|', StringSplitOptions.RemoveEmptyEntries), started ?? new DateOnly(2020, 1, 1), left);

    public static Assignment Lead(string client, string login = "anna", DateOnly? from = null, DateOnly? to = null) =>
        new(client, login, "lead", from ?? new DateOnly(2020, 1, 1), to);

    public static Assignment Backup(string client, string login, DateOnly? from = null, DateOnly? to = null) =>
        new(client, login, "backup", from ?? new DateOnly(2020, 1, 1), to);

    public static Plan Plan(decimal @fixed = 80000m, string role = "accountant") => new()
    {
        Id = "p-" + role, Version = 1, TargetKind = "role", Target = role, EffectiveFrom = new DateOnly(2020, 1, 1), Fixed = @fixed,
    };

    public static Statement One(Plan plan, Person person, IReadOnlyList<Client>? clients = null, IReadOnlyList<Assignment>? assignments = null,
        TaskStats? tasks = null, Period? period = null)
    {
        var inputs = new CalcInputs(period ?? October, [person], clients ?? [], assignments ?? [],
            new Dictionary<string, TaskStats> { [person.Login] = tasks ?? TaskStats.None }, Calendar);
        return Calculator.Calculate(inputs, new PlanBook([plan])).Single();
    }

    public static StatementLine Line(this Statement s, string rule, string subject = "") => s.Lines.Single(l => l.Rule == rule && l.Subject == subject);
}
