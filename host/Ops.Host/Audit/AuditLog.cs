using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ops.Host.Store;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Host.Audit;

/// <summary>Appends hash-chained events to <c>ops_audit</c> and moves the chain head in the same transaction.</summary>
internal sealed class AuditLog(Func<IHostStore> store, Func<Actor> actor, Func<App.OsCaller> caller, Func<string> commandLine, TimeProvider clock)
    : IAuditLog
{
    /// <summary>How event times are written: fixed width, so that text order is time order.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public void Record(string action, IEnumerable<string>? records = null, string result = "ok", string? details = null)
    {
        var who = actor();
        Append(who.Login, who.RealLogin, action, records, result, details);
    }

    /// <summary>The records as a JSON array, written as they are enumerated (a listing may name 100,000).</summary>
    private static string RecordsJson(IEnumerable<string>? records)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var record in records ?? []) w.WriteStringValue(record);
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Appends an event for someone who may not be a resolved actor (a refused OS user).</summary>
    public void Append(string login, string realLogin, string action, IEnumerable<string>? records, string result, string? details)
    {
        var s = store();
        var recordsJson = RecordsJson(records);
        s.Write(() =>
        {
            var head = s.Query("SELECT h.last_id, h.hash, a.at FROM ops_audit_head h LEFT JOIN ops_audit a ON a.id = h.last_id WHERE h.one = 1",
                r => new Head(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? "" : r.GetString(2))).FirstOrDefault() ?? Head.None;
            var prev = head.Hash;
            var at = clock.GetUtcNow().ToString(TimeFormat, CultureInfo.InvariantCulture);
            // The log is a history: an event dated before the last one means the clock was turned back. A pinned clock
            // (a sandbox store's, a test's) restarts at its pin in every run, so there the event follows the last one.
            if (string.CompareOrdinal(at, head.At) < 0 && App.HostEnvironment.IsPinned(clock))
                at = DateTimeOffset.Parse(head.At, CultureInfo.InvariantCulture).AddMilliseconds(1).ToString(TimeFormat, CultureInfo.InvariantCulture);
            if (string.CompareOrdinal(at, head.At) < 0)
                throw new ConflictException($"the clock says {at}, before the audit log's last event ({head.At}, event {head.Id})",
                    "set the system clock right; the audit refuses events dated back");
            var os = caller();
            var e = new AuditEvent(head.Id + 1, at, login, realLogin, commandLine(), action, recordsJson, result, details ?? "", os.Login, os.Uid);
            var hash = AuditHash.Of(e, prev);
            s.Execute("""
                INSERT INTO ops_audit (id, at, actor, real_actor, command, action, records, result, details, os_user, os_uid, prev_hash, hash)
                VALUES ($Id, $At, $Actor, $RealActor, $Command, $Action, $Records, $Result, $Details, $OsUser, $OsUid, $Prev, $Hash)
                """, new { e.Id, e.At, e.Actor, e.RealActor, e.Command, e.Action, e.Records, e.Result, e.Details, e.OsUser, e.OsUid, Prev = prev, Hash = hash });
            s.Execute("""
                INSERT INTO ops_audit_head (one, last_id, hash) VALUES (1, $Id, $Hash)
                ON CONFLICT (one) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash
                """, new { e.Id, Hash = hash });
        });
    }

    /// <summary>The chain's last event (none yet: the genesis). A class, not a tuple: every audited command reads it
    /// (docs/architecture.md, step 2).</summary>
    private sealed record Head(long Id, string Hash, string At)
    {
        public static readonly Head None = new(0, AuditHash.Genesis, "");
    }
}
