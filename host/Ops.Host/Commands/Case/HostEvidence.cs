using System.Text.Json;
using Ops.Host.App;
using Ops.Host.Audit;
using Ops.Host.Commands.Access;
using Ops.Sdk.Access;
using Ops.Sdk.Departure;
using Ops.Sdk.Directory;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Host.Commands.Case;

/// <summary>What the chain says about the person's events: where they lie in it, and whether the whole chain holds.</summary>
internal sealed record ChainProof(bool Intact, string Problem, long Events, long HeadId, string HeadHash,
    long? FirstEvent, long? LastEvent, int PersonEvents, int Exports, int Denied, int Withheld);

/// <summary>The files the host owns in a pack: the person's record and dates, her grants and their history, every audited
/// action of hers with the chain's proof.</summary>
internal static class HostEvidence
{
    private sealed record GrantRow(string Permission, string GrantedTo, string Scope, string EffectiveToday, string Reason);

    public static (List<EvidenceFile> Files, ChainProof Proof) Build(OpsSession s, StaffMember staff, DepartingPerson person, Sdk.Output.Progress progress)
    {
        var verified = AuditVerifier.Verify(s.Store, progress: progress);
        var (mine, withheldMine) = AuditTrail.ByPerson(s, staff.Login);
        var (changes, withheldChanges) = AuditTrail.AboutPerson(s, staff.Login, staff.Role);
        var proof = new ChainProof(verified.Intact, verified.Problem, verified.Events, verified.HeadId, verified.HeadHash,
            mine.FirstOrDefault()?.Id, mine.LastOrDefault()?.Id, mine.Count,
            mine.Count(e => e.Action.Contains(".export", StringComparison.Ordinal)), mine.Count(e => e.Result == "denied"),
            withheldMine + withheldChanges);
        List<EvidenceFile> files =
        [
            EvidenceFile.Text("person.json", "Сотрудник: учётная запись, должностная роль, даты уведомления, последнего рабочего дня и прекращения доступа",
                Person(staff, person)),
            EvidenceFile.Rows("grants.csv", "Права доступа сотрудника: кому выданы, в каком объёме и что из них действует сегодня",
                Grants(s, staff), GrantColumns, OutputFormat.Csv),
            EvidenceFile.Rows("grant-changes.csv", "Изменения её записи и прав по журналу аудита (приём, увольнение, выдача и отзыв прав)",
                changes, TrailColumns, OutputFormat.Csv),
            EvidenceFile.Rows("audit-events.csv", "Все действия сотрудника по журналу аудита (просмотры, выгрузки, отказы) с хешами цепочки",
                mine, TrailColumns, OutputFormat.Csv),
            EvidenceFile.Text("audit-proof.json", "Доказательство целостности журнала: диапазон событий, хеш головы цепочки, результат проверки",
                Proof(proof)),
        ];
        return (files, proof);
    }

    private static string Person(StaffMember m, DepartingPerson p) => Json(w =>
    {
        w.WriteString("login", m.Login);
        w.WriteString("full_name", m.FullName);
        w.WriteString("role", m.Role);
        w.WriteString("team", m.Team);
        w.WriteString("email", m.Email);
        w.WriteString("status", m.Status.ToString().ToLowerInvariant());
        w.WriteString("hire_date", m.HireDate.ToIso());
        w.WriteString("notice_date", p.NoticeDate.ToIso());
        w.WriteString("last_working_day", p.LastWorkingDay.ToIso());
        w.WriteString("access_ends", m.LeavingDate.ToIso());
        w.WriteString("access_ends_means", "the first day without access: access ends at the end of the last working day, in the firm's time zone");
    });

    private static string Proof(ChainProof p) => Json(w =>
    {
        w.WriteBoolean("chain_intact", p.Intact);
        w.WriteString("problem", p.Problem.Length == 0 ? null : p.Problem);
        w.WriteNumber("events_in_log", p.Events);
        w.WriteString("head", AuditHeadText.Format(p.HeadId, p.HeadHash));
        w.WriteNumber("head_event", p.HeadId);
        w.WriteString("head_hash", p.HeadHash);
        if (p.FirstEvent is { } first) w.WriteNumber("first_event_of_person", first); else w.WriteNull("first_event_of_person");
        if (p.LastEvent is { } last) w.WriteNumber("last_event_of_person", last); else w.WriteNull("last_event_of_person");
        w.WriteNumber("events_of_person", p.PersonEvents);
        w.WriteNumber("exports_by_person", p.Exports);
        w.WriteNumber("denied_to_person", p.Denied);
        w.WriteNumber("events_withheld", p.Withheld);
        w.WriteString("how_to_check",
            "Each event's hash is SHA-256 over its fields and the previous event's hash (ops audit verify recomputes the whole chain); " +
            "the head kept elsewhere (ops audit head, cron) must match head_event/head_hash or a later event that links to it.");
    });

    private static IEnumerable<GrantRow> Grants(OpsSession s, StaffMember m)
    {
        var rows = s.Store.Query("SELECT subject, permission, scope FROM ops_grants WHERE subject IN ($Role, $Person) ORDER BY permission, subject",
            r => (Subject: r.GetString(0), Permission: r.GetString(1), Scope: r.GetString(2)),
            new { Role = "role:" + m.Role, Person = "person:" + m.Login }).ToList();
        var known = PermissionRegistry.All(s).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (subject, permission, scope) in rows)
        {
            var now = known.Contains(permission) ? s.Access.DecideFor(m.Login, permission) : null;
            yield return new GrantRow(permission, subject, scope, now?.Scope.Text() ?? "none", now?.Reason ?? "permission no longer declared");
        }
    }

    private static readonly IReadOnlyList<Column<GrantRow>> GrantColumns =
    [
        Column.Of<GrantRow>("permission", g => g.Permission), Column.Of<GrantRow>("granted_to", g => g.GrantedTo),
        Column.Of<GrantRow>("scope", g => g.Scope), Column.Of<GrantRow>("effective_today", g => g.EffectiveToday),
        Column.Of<GrantRow>("reason", g => g.Reason),
    ];

    private static readonly IReadOnlyList<Column<TrailEvent>> TrailColumns =
    [
        Column.Of<TrailEvent>("event", e => e.Id), Column.Of<TrailEvent>("at_utc", e => e.At), Column.Of<TrailEvent>("actor", e => e.Actor),
        Column.Of<TrailEvent>("real_actor", e => e.RealActor), Column.Of<TrailEvent>("os_user", e => e.OsUser),
        Column.Of<TrailEvent>("os_uid", e => e.OsUid), Column.Of<TrailEvent>("action", e => e.Action),
        Column.Of<TrailEvent>("records", e => e.Records), Column.Of<TrailEvent>("result", e => e.Result),
        Column.Of<TrailEvent>("details", e => e.Details), Column.Of<TrailEvent>("command", e => e.Command),
        Column.Of<TrailEvent>("prev_hash", e => e.PrevHash), Column.Of<TrailEvent>("hash", e => e.Hash),
    ];

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonRows.Options))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
