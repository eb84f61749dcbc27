using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ops.Host.Store;
using Ops.Sdk;

namespace Ops.Host.Audit;

/// <summary>Appends hash-chained events to <c>ops_audit</c> and moves the chain head in the same transaction.</summary>
internal sealed class AuditLog(Func<SqliteStore> store, Func<Actor> actor, string commandLine, TimeProvider clock) : IAuditLog
{
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
            var head = s.Query("SELECT last_id, hash FROM ops_audit_head WHERE one = 1",
                r => (Id: r.GetInt64(0), Hash: r.GetString(1))).FirstOrDefault();
            var prev = head.Hash ?? AuditHash.Genesis;
            var e = new AuditEvent(head.Id + 1,
                clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                login, realLogin, commandLine, action, recordsJson, result, details ?? "");
            var hash = AuditHash.Of(e, prev);
            s.Execute("""
                INSERT INTO ops_audit (id, at, actor, real_actor, command, action, records, result, details, prev_hash, hash)
                VALUES ($Id, $At, $Actor, $RealActor, $Command, $Action, $Records, $Result, $Details, $Prev, $Hash)
                """, new { e.Id, e.At, e.Actor, e.RealActor, e.Command, e.Action, e.Records, e.Result, e.Details, Prev = prev, Hash = hash });
            s.Execute("""
                INSERT INTO ops_audit_head (one, last_id, hash) VALUES (1, $Id, $Hash)
                ON CONFLICT (one) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash
                """, new { e.Id, Hash = hash });
        });
    }
}

