using System.CommandLine;
using Ops.Clients.Access;
using Ops.Clients.Commands;
using Ops.Clients.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Cli;

namespace Ops.Clients.Departure;

/// <summary><c>ops clients handover LOGIN [--calls | --apply]</c>: the balanced proposal for a departing person's clients
/// (lead and backup), the owner's call list of her key clients, or applying the proposal — all-or-nothing, audited.
/// Needs clients.view and clients.assign over every one of her clients (the call list: over those it shows): a partial
/// view would be a partial plan, and the call list is the owner's, not hers.</summary>
internal static class HandoverCommand
{
    public static Command Create(IOpsContext context)
    {
        var login = Opts.Login(description: "The departing person's staff login");
        var apply = new Option<bool>("--apply") { Description = "Make the proposed moves, all in one transaction (audited); without it, only show them" };
        var calls = new Option<bool>("--calls") { Description = "Show the owner's call list instead: their key clients by fee, and whether the owner called since their notice" };
        var format = FormatOption.Create();
        var command = new Command("handover",
            "Hand a departing person's clients over, balanced by the team's load (fees served, then count); --apply makes the moves")
        {
            login, apply, calls, format,
        };
        command.WithExamples("ops clients handover volkova", "ops clients handover volkova --apply", "ops clients handover volkova --calls   # the director's call list for her key clients");
        command.SetAction(parse =>
        {
            var who = parse.GetValue(login)!;
            var today = context.Today;
            var person = context.Staff.Find(who) ?? throw new NotFoundException($"no staff member '{who}'", "see: ops staff list");
            var inputs = HandoverData.Load(context, person, today);
            if (parse.GetValue(calls)) return CallList(context, inputs, today, parse.GetValue(format));
            if (inputs.Held.Count == 0) throw new NotFoundException($"{who} serves no client now; there is nothing to hand over");
            Demand(context, inputs.Person, inputs.Held.Select(h => h.ClientId), today, Permissions.View, Permissions.Assign);
            var moves = inputs.Plan();
            if (parse.GetValue(apply)) return Apply(context, who, moves, today);
            context.Audit.Record("clients.handover.plan", moves.Select(m => "client:" + m.Held.ClientId).Distinct().Append("staff:" + who),
                details: $"proposal for {moves.Count} assignment(s)");
            context.Output.Rows(moves, MoveColumns, parse.GetValue(format));
            var stuck = moves.Count(m => m.To is null);
            context.Output.Message(stuck == 0
                ? $"Proposed: {moves.Count} assignment(s) of {who} to {moves.Select(m => m.To).Distinct().Count()} person(s). Apply: ops clients handover {who} --apply"
                : $"{stuck} assignment(s) have nobody to take them (everyone eligible already serves the client): assign those by hand first.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Demand(IOpsContext context, Ops.Sdk.Directory.StaffMember person, IEnumerable<long> clients, DateOnly today,
        params string[] permissions)
    {
        foreach (var permission in permissions)
        {
            var outside = HandoverData.Outside(context, permission, clients, today);
            if (outside.Count == 0) continue;
            context.Audit.Record(permission, outside.Select(c => "client:" + c), "denied", $"handover of {person.Login}: out of scope");
            throw new AccessDeniedException(
                $"denied: {outside.Count} of {person.Login}'s clients are outside your {permission} scope; nothing was shown or moved",
                $"ask someone with {permission} scope all (the director) to run it");
        }
    }

    private static int Apply(IOpsContext context, string who, IReadOnlyList<HandoverMove> moves, DateOnly today)
    {
        var stuck = moves.Where(m => m.To is null).Select(m => m.Held.ClientId).Distinct().ToList();
        if (stuck.Count > 0)
            throw new ConflictException($"nobody eligible is left to take client(s) {string.Join(", ", stuck)}; nothing was moved",
                "assign those clients by hand (ops clients assign ID LOGIN --role ROLE), then apply the rest");
        context.Store.Write(() =>
        {
            var writer = new ClientWriter(context.Store, today);
            foreach (var m in moves)
            {
                AssignCommands.Close(context.Store, m.Held.AssignmentId, today);
                writer.Open(m.Held.ClientId, m.To!, m.Held.Role, today);
            }
            var takers = moves.GroupBy(m => m.To!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
            context.Audit.Record("clients.handover",
                moves.Select(m => "client:" + m.Held.ClientId).Distinct().Append("staff:" + who).Concat(moves.Select(m => "staff:" + m.To).Distinct()),
                details: $"{moves.Count} assignment(s) of {who} handed over: {string.Join(", ", takers)}");
        });
        context.Output.Message($"Handed over {moves.Count} assignment(s) of {who} on {moves.Select(m => m.Held.ClientId).Distinct().Count()} client(s); " +
                               $"{who} serves none of them from {today:yyyy-MM-dd}.");
        return ExitCodes.Ok;
    }

    private sealed record Call(ServedClient Client, bool Called, string? Lead);

    /// <summary>The owner's call list: her key clients since her notice (still hers or already handed over), with the lead
    /// as it stands now or, where she still leads, as proposed.</summary>
    private static int CallList(IOpsContext context, HandoverInputs inputs, DateOnly today, OutputFormat format)
    {
        var key = inputs.KeyClients();
        if (key.Count == 0) throw new NotFoundException($"{inputs.Person.Login} has served no client since their notice");
        Demand(context, inputs.Person, key.Select(k => k.ClientId), today, Permissions.View, Permissions.Assign);
        var proposed = inputs.Plan().Where(m => m.Held.Role == "lead").ToDictionary(m => m.Held.ClientId, m => m.To);
        context.Audit.Record("clients.view", key.Select(k => "client:" + k.ClientId), details: $"owner call list of {inputs.Person.Login}");
        context.Output.Rows(key.Select(k => new Call(k, inputs.Called(k), proposed.TryGetValue(k.ClientId, out var to) ? to : k.LeadNow)),
            CallColumns, format);
        return ExitCodes.Ok;
    }

    private static readonly IReadOnlyList<Column<HandoverMove>> MoveColumns =
    [
        Column.Of<HandoverMove>("client_id", m => m.Held.ClientId),
        Column.Of<HandoverMove>("inn", m => m.Held.Inn),
        Column.Of<HandoverMove>("name", m => m.Held.Name),
        Column.Of<HandoverMove>("monthly_fee", m => Values.Roubles(m.Held.FeeKopecks)),
        Column.Of<HandoverMove>("role", m => m.Held.Role),
        Column.Of<HandoverMove>("to", m => m.To),
    ];

    private static readonly IReadOnlyList<Column<Call>> CallColumns =
    [
        Column.Of<Call>("client_id", c => c.Client.ClientId),
        Column.Of<Call>("inn", c => c.Client.Inn),
        Column.Of<Call>("name", c => c.Client.Name),
        Column.Of<Call>("monthly_fee", c => Values.Roubles(c.Client.FeeKopecks)),
        Column.Of<Call>("is_key", c => c.Client.IsKey),
        Column.Of<Call>("owner_contact", c => c.Client.OwnerContact),
        Column.Of<Call>("last_owner_contact_on", c => c.Client.LastOwnerContactOn),
        Column.Of<Call>("called_since_notice", c => c.Called),
        Column.Of<Call>("lead", c => c.Lead),
    ];
}
