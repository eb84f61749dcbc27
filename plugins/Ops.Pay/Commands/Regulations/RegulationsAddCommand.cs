using System.CommandLine;
using System.Text.RegularExpressions;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Pay.Commands.Regulations;

/// <summary><c>ops pay regulations add CODE --service S --title T --every quarter --due-day 25</c>.</summary>
internal static class RegulationsAddCommand
{
    public static Command Create(IOpsContext context)
    {
        var code = new Argument<string>("CODE") { Description = "A short id, e.g. vat-return" };
        var service = new Option<string>("--service") { Description = "The client service code it applies to (clients_v1.services)", Required = true };
        var title = new Option<string>("--title") { Description = "What is done, e.g. \"VAT return\"", Required = true };
        var every = new Option<string>("--every") { Description = "month, quarter or year", Required = true };
        every.AcceptOnlyFromAmong("month", "quarter", "year");
        var dueDay = new Option<int>("--due-day") { Description = "Day of the month it is due (1–31; clamped to the month's length)", Required = true };
        var offset = new Option<int>("--offset-months") { Description = "Months after the end of the period in which it is due (default 1)", DefaultValueFactory = _ => 1 };
        var statutory = new Option<bool>("--statutory") { Description = "A statutory deadline: lateness reduces the premium where the plan says so" };
        var points = new Option<int>("--points") { Description = "Complexity points earned when done (default 1)", DefaultValueFactory = _ => 1 };
        var command = new Command("add", "Add a recurring regulation") { code, service, title, every, dueDay, offset, statutory, points };
        command.WithExamples("ops pay regulations add bank-statements --service bookkeeping --title \"Выписки банка и первичка за месяц\" --every month --due-day 10", "ops pay regulations add vat-return --service vat --title \"Декларация по НДС\" --every quarter --due-day 28 --statutory --points 3");
        command.SetAction(parse =>
        {
            context.Access.Demand("pay.tasks");
            RequireAll(context);
            var id = parse.GetValue(code)!;
            if (!Regex.IsMatch(id, "^[a-z0-9][a-z0-9._-]{0,63}$")) throw new InvalidInputException($"regulation code '{id}' is not valid", "use lower-case letters, digits, '.', '_' and '-', e.g. vat-return");
            if (id.StartsWith(Catalog.Obligation.Prefix, StringComparison.Ordinal))
                throw new InvalidInputException($"regulation codes starting with '{Catalog.Obligation.Prefix}' belong to the obligations catalog", "choose another code; see: ops pay obligations list");
            var day = parse.GetValue(dueDay);
            if (day is < 1 or > 31) throw new InvalidInputException($"--due-day {day} is not a day of a month", "use 1 to 31");
            var months = parse.GetValue(offset);
            if (months is < 0 or > 12) throw new InvalidInputException($"--offset-months {months} is out of range", "use 0 to 12");
            var pts = parse.GetValue(points);
            if (pts < 0) throw new InvalidInputException($"--points {pts} is negative", "use 0 or more");
            var svc = parse.GetValue(service)!.Trim();
            if (svc.Length == 0 || svc.Contains('|')) throw new InvalidInputException($"--service '{svc}' is not a service code", "give one code as in the clients' services, e.g. vat");
            context.Store.Write(() =>
            {
                if (context.Store.Scalar<long>("SELECT count(*) FROM pay_regulations WHERE code = $Code", new { Code = id }) > 0)
                    throw new ConflictException($"regulation '{id}' already exists", "choose another code; see: ops pay regulations list");
                context.Store.Execute("""
                    INSERT INTO pay_regulations (code, service, title, every, due_day, due_offset_months, statutory, points, added_at)
                    VALUES ($Code, $Service, $Title, $Every, $Day, $Offset, $Statutory, $Points, $Now)
                    """, new { Code = id, Service = svc, Title = parse.GetValue(title)!, Every = parse.GetValue(every)!, Day = day, Offset = months,
                    Statutory = parse.GetValue(statutory), Points = pts, Now = context.Clock.GetUtcNow() });
                context.Audit.Record("pay.regulations.add", ["regulation:" + id]);
            });
            context.Output.Message($"Added regulation {id}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Regulations, generation and import act on every client: they need pay.tasks with scope all.</summary>
    public static void RequireAll(IOpsContext context)
    {
        if (context.Access.Demand("pay.tasks") == Ops.Sdk.Access.Scope.All) return;
        context.Audit.Record("pay.tasks", result: "denied", details: "scope all needed");
        throw new AccessDeniedException("denied: this needs pay.tasks with scope all", $"ask an admin: ops access explain {context.Actor.Login} pay.tasks");
    }
}
