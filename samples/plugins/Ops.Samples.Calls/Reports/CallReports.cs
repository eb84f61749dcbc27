using Ops.Samples.Calls.Access;
using Ops.Sdk.Store;

namespace Ops.Samples.Calls.Reports;

internal sealed record SilentClient(long ClientId, string Name, string Inn, bool IsKey, string? Lead, DateOnly? LastCorporateCall, long Phones, long OtherLineCalls)
{
    public string Reason => Phones == 0 ? "no phone in the client registry"
        : LastCorporateCall is null ? "never called on a corporate line"
        : $"last corporate call {LastCorporateCall:yyyy-MM-dd}";
}

internal sealed record UnrecordedCall(long CallId, string StartedAt, string? Line, string LineStatus, string? Login, string Direction, long ClientId, string Client, string Number, long Billsec);

internal sealed record KeyClientGap(long ClientId, string Name, string? Owner, IReadOnlyList<string> OwnerLines, DateOnly? LastOwnerCall, string Reason);

/// <summary>The three questions the plugin answers, as queries over its records and the registry's views.
/// A call counts only when it was answered; it belongs to a client when its number is one of the client's phones.</summary>
internal static class CallReports
{
    private const string ClientCalls = """
        calls_records r JOIN client_contact_points_v1 cp ON cp.kind = 'phone' AND cp.value = r.number
        """;

    public static List<SilentClient> Silent(ReportAccess access, int days)
    {
        var args = access.Args();
        args["Cutoff"] = access.Today.AddDays(-days).ToIso();
        args["Today"] = access.Today.ToIso();
        return access.Ops.Store.Query($"""
            SELECT c.id, c.name, c.inn, c.is_key,
              (SELECT a.login FROM client_assignments_v1 a WHERE a.client_id = c.id AND a.role = 'lead'
                 AND a.from_date <= $Today AND (a.to_date IS NULL OR a.to_date > $Today) ORDER BY a.from_date DESC LIMIT 1) AS lead,
              (SELECT max(substr(r.started_at, 1, 10)) FROM {ClientCalls}
                 JOIN calls_lines l ON l.line = r.line AND l.corporate = 1
                 WHERE cp.client_id = c.id AND r.answered = 1) AS last_call,
              (SELECT count(*) FROM client_contact_points_v1 p WHERE p.client_id = c.id AND p.kind = 'phone') AS phones,
              (SELECT count(DISTINCT r.id) FROM {ClientCalls}
                 LEFT JOIN calls_lines l ON l.line = r.line
                 WHERE cp.client_id = c.id AND r.answered = 1 AND r.started_at >= $Cutoff AND (l.line IS NULL OR l.corporate = 0)) AS other_calls
            FROM clients_v1 c
            WHERE c.status = 'active' AND (c.started_on IS NULL OR c.started_on <= $Cutoff) AND {access.ViewSql()}
            ORDER BY c.name, c.id
            """,
            r => new SilentClient(r.Int("id"), r.Text("name"), r.Text("inn"), r.Flag("is_key"), r.TextOrNull("lead"),
                r.Date("last_call"), r.Int("phones"), r.Int("other_calls")), args)
            .Where(s => s.LastCorporateCall is null || s.LastCorporateCall < access.Today.AddDays(-days))
            .ToList();
    }

    public static List<UnrecordedCall> Unrecorded(ReportAccess access, int days)
    {
        var args = access.Args();
        args["Cutoff"] = access.Today.AddDays(-days).ToIso();
        return access.Ops.Store.Query($"""
            SELECT DISTINCT r.id, r.started_at, r.line, r.direction, r.number, r.billsec, c.id AS client_id, c.name,
                   l.line AS known, l.login, l.corporate, l.recorded
            FROM {ClientCalls}
            JOIN clients_v1 c ON c.id = cp.client_id
            LEFT JOIN calls_lines l ON l.line = r.line
            WHERE r.answered = 1 AND r.started_at >= $Cutoff AND (l.line IS NULL OR l.recorded = 0) AND {access.ViewSql()}
            ORDER BY r.started_at, r.id, c.id
            """,
            r => new UnrecordedCall(r.Int("id"), r.Text("started_at"), r.TextOrNull("line"),
                r.TextOrNull("known") is null ? "unknown" : !r.Flag("corporate") ? "personal" : "not-recorded",
                r.TextOrNull("login"), r.Text("direction"), r.Int("client_id"), r.Text("name"), r.Text("number"), r.Int("billsec")), args)
            .ToList();
    }

    public static List<KeyClientGap> KeyWithoutOwnerCall(ReportAccess access, int days)
    {
        var args = access.Args();
        var cutoff = access.Today.AddDays(-days);
        var linesOf = access.Ops.Store.Query("SELECT login, line FROM calls_lines WHERE login IS NOT NULL AND corporate = 1 ORDER BY line",
                r => (Login: r.GetString(0), Line: r.GetString(1)))
            .GroupBy(x => x.Login).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Line).ToList());
        return access.Ops.Store.Query($"""
            SELECT c.id, c.name, c.owner_contact,
              (SELECT max(substr(r.started_at, 1, 10)) FROM {ClientCalls}
                 JOIN calls_lines l ON l.line = r.line AND l.corporate = 1
                 WHERE cp.client_id = c.id AND r.answered = 1 AND l.login = c.owner_contact) AS last_call
            FROM clients_v1 c
            WHERE c.is_key = 1 AND c.status = 'active' AND {access.ViewSql()}
            ORDER BY c.name, c.id
            """,
            r =>
            {
                var owner = r.TextOrNull("owner_contact");
                var lines = owner is not null && linesOf.TryGetValue(owner, out var l) ? l : [];
                var last = r.Date("last_call");
                var reason = owner is null ? "no owner-side contact set"
                    : lines.Count == 0 ? $"{owner} has no corporate line registered"
                    : last is null ? $"never called from {owner}'s lines"
                    : $"last call from {owner}'s lines {last:yyyy-MM-dd}";
                return new KeyClientGap(r.Int("id"), r.Text("name"), owner, lines, last, reason);
            }, args)
            .Where(k => k.LastOwnerCall is null || k.LastOwnerCall < cutoff)
            .ToList();
    }
}
