using Ops.Host.App;
using Ops.Sdk.Access;
using Ops.Sdk.Store;

namespace Ops.Host.Commands.Case;

/// <summary>One audit event as the pack shows it, with the hashes that tie it into the chain.</summary>
internal sealed record TrailEvent(long Id, string At, string Actor, string RealActor, string OsUser, long OsUid, string Action,
    string Records, string Result, string Details, string Command, string PrevHash, string Hash);

/// <summary>The audit events a pack shows: those by the person, and those that changed her record or her grants. Events
/// naming a client the requester's <c>clients.view</c> scope does not reach are withheld (counted, never shown), as in
/// <c>ops audit list</c>.</summary>
internal static class AuditTrail
{
    private const string Columns = "id, at, actor, real_actor, os_user, os_uid, action, records, result, details, command, prev_hash, hash";

    public static (List<TrailEvent> Shown, int Withheld) ByPerson(OpsSession s, string login) =>
        Query(s, "(actor = $Login OR real_actor = $Login)", login, "");

    public static (List<TrailEvent> Shown, int Withheld) AboutPerson(OpsSession s, string login, string role) =>
        Query(s, """
            ((action LIKE 'staff.%' AND EXISTS (SELECT 1 FROM ops_audit_records_v1 r WHERE r.event_id = ops_audit.id AND r.record = $Staff))
             OR (action LIKE 'access.%' AND EXISTS (SELECT 1 FROM ops_audit_records_v1 r WHERE r.event_id = ops_audit.id AND r.record IN ($Person, $Role))))
            """, login, role);

    private static (List<TrailEvent>, int) Query(OpsSession s, string where, string login, string role)
    {
        var scope = s.Access.Decide("clients.view").Scope;
        var hasReach = s.Store.HasTable(ReachView.Clients.Name);
        var reaches = scope == Scope.All ? "1 = 1"
            : hasReach ? ReachView.Clients.Predicate(scope, "CAST(substr(j.record, 8) AS INTEGER)") : "1 = 0";
        var visible = $"NOT EXISTS (SELECT 1 FROM ops_audit_records_v1 j WHERE j.event_id = ops_audit.id AND j.record LIKE 'client:%' AND NOT ({reaches}))";
        var args = new Dictionary<string, object?>(ReachView.Args(s.Actor.Login, s.Today))
        {
            ["Login"] = login, ["Staff"] = "staff:" + login, ["Person"] = "person:" + login, ["Role"] = "role:" + role,
        };
        var shown = s.Store.Query($"SELECT {Columns} FROM ops_audit WHERE {where} AND {visible} ORDER BY id",
            r => new TrailEvent(r.GetInt64(0), r.Text("at"), r.Text("actor"), r.Text("real_actor"), r.Text("os_user"), r.Int("os_uid"),
                r.Text("action"), r.Text("records"), r.Text("result"), r.Text("details"), r.Text("command"), r.Text("prev_hash"), r.Text("hash")),
            args).ToList();
        var all = s.Store.Scalar<long>($"SELECT count(*) FROM ops_audit WHERE {where}", args);
        return (shown, (int)(all - shown.Count));
    }
}
