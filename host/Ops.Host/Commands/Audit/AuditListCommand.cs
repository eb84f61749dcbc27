using System.CommandLine;
using Ops.Sdk.Cli;
using System.Text;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Sdk.Access;
using Ops.Sdk.Output;
using Ops.Sdk.Store;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands.Audit;

internal static class AuditListCommand
{
    private sealed record Event(long Id, string At, string Actor, string RealActor, string Action, string Records, string Result, string Details,
        string Command, string OsUser, int OsUid);

    public static Command Create(OpsSession s)
    {
        var format = FormatOption.Create();
        var actor = Args.Text("--actor", "Only events of this person (as actor or real actor)", "LOGIN");
        var action = Args.Text("--action", "Only actions starting with this, e.g. clients.export", "ACTION");
        var record = Args.Text("--record", "Only events touching this record, e.g. client:42", "KIND:ID");
        var since = OpsOptions.Date("--since", "From this day");
        var until = OpsOptions.Date("--until", "Up to and including this day");
        var result = Args.Text("--result", "Only this result: ok, denied, …", "RESULT");
        var limit = new Option<int>("--limit") { Description = "At most this many events, newest first (0 = all)", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "List audit events, newest first, with filters") { format, actor, action, record, since, until, result, limit };
        command.WithExamples("ops audit list --actor volkova --since 2026-11-18", "ops audit list --action clients.export --limit 0 --format csv --delimiter ';' --bom > exports.csv", "ops audit list --record client:42");
        command.SetAction(parse =>
        {
            var scope = s.Access.Demand(HostPermissions.AuditView);
            var sql = new StringBuilder("SELECT id, at, actor, real_actor, action, records, result, details, command, os_user, os_uid FROM ops_audit WHERE 1 = 1");
            var who = parse.GetValue(actor);
            if (scope == Scope.Own) who = s.Actor.Login;
            if (who is not null) sql.Append(" AND (actor = $Who OR real_actor = $Who)");
            if (scope == Scope.Team) sql.Append(" AND (actor = $Me OR actor IN (SELECT login FROM ops_staff WHERE team = $Team AND team <> ''))");
            // Below scope all, an event that names a client the viewer's client scope does not reach is not shown
            // (without the clients plugin's reach view, no event naming a client is).
            if (scope != Scope.All)
            {
                var reaches = s.Store.HasTable(ReachView.Clients.Name)
                    ? ReachView.Clients.Predicate(scope, "CAST(substr(j.record, 8) AS INTEGER)") : "1 = 0";
                sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" AND NOT EXISTS (SELECT 1 FROM ops_audit_records_v1 j WHERE j.event_id = ops_audit.id AND j.record LIKE 'client:%' AND NOT ({reaches}))");
            }
            if (parse.GetValue(action) is not null) sql.Append(" AND action LIKE $Action || '%'");
            if (parse.GetValue(record) is not null) sql.Append(" AND EXISTS (SELECT 1 FROM ops_audit_records_v1 j WHERE j.event_id = ops_audit.id AND j.record = $Record)");
            if (parse.GetValue(since) is not null) sql.Append(" AND at >= $Since");
            if (parse.GetValue(until) is not null) sql.Append(" AND at < $Until");
            if (parse.GetValue(result) is not null) sql.Append(" AND result = $Result");
            sql.Append(" ORDER BY id DESC");
            if (parse.GetValue(limit) > 0) sql.Append(" LIMIT $Limit");
            var rows = s.Store.Query(sql.ToString(),
                r => new Event(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                    r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetInt32(10)),
                new Dictionary<string, object?>(ReachView.Args(s.Actor.Login, s.Today))
                {
                    ["Who"] = who, ["Me"] = s.Actor.Login, ["Team"] = s.Actor.Team, ["Action"] = parse.GetValue(action), ["Record"] = parse.GetValue(record),
                    ["Since"] = parse.GetValue(since).ToIso(),
                    ["Until"] = parse.GetValue(until)?.AddDays(1).ToIso(),
                    ["Result"] = parse.GetValue(result), ["Limit"] = parse.GetValue(limit),
                });
            var fmt = parse.GetValue(format);
            s.Output.Rows(rows,
            [
                Column.Of<Event>("id", e => e.Id), Column.Of<Event>("at", e => e.At), Column.Of<Event>("actor", e => e.Actor),
                Column.Of<Event>("real_actor", e => e.RealActor), Column.Of<Event>("os_user", e => e.OsUser),
                Column.Of<Event>("os_uid", e => e.OsUid < 0 ? null : e.OsUid), Column.Of<Event>("action", e => e.Action),
                Column.Of<Event>("result", e => e.Result), Column.Of<Event>("records", e => fmt is OutputFormat.Table or OutputFormat.Xlsx ? RecordList(e.Records) : e.Records),
                Column.Of<Event>("details", e => e.Details), Column.Of<Event>("command", e => e.Command),
            ], parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The records (a JSON array in the store) as a list, shown as text in a table; JSON and CSV keep the stored form.</summary>
    private static List<string> RecordList(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
