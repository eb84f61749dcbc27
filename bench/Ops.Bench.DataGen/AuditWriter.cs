using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Ops.Bench.DataGen;

/// <summary>Appends audit events to a store made by <c>ops init</c>, continuing its hash chain and moving its head,
/// so that <c>ops audit verify</c> accepts the result. A million events through the CLI would take hours.</summary>
/// <remarks>The hash re-implements host/Ops.Host/Audit/AuditHash.cs (not referenced: the host is internal):
/// SHA-256 over "len:field|" for id, at, actor, real_actor, command, action, records, result, details, prev_hash,
/// lower-case hex, genesis = 64 zeros. bench/run proves it by running <c>ops audit verify</c> on the store.</remarks>
internal static class AuditWriter
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Hash(long id, string at, string actor, string realActor, string command, string action,
        string records, string result, string details, string prevHash)
    {
        var builder = new StringBuilder(256);
        foreach (var field in new[] { id.ToString(CultureInfo.InvariantCulture), at, actor, realActor, command, action, records, result, details, prevHash })
            builder.Append(field.Length).Append(':').Append(field).Append('|');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    public static (long First, long Last) Append(string store, long count, int seed)
    {
        if (!File.Exists(store)) throw new FileNotFoundException($"no store at {store}: run `ops --db {store} init` first", store);
        var random = new Random(seed + 2);
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadWrite }.ToString());
        db.Open();
        using var tx = db.BeginTransaction();
        long lastId = 0;
        var prev = Genesis;
        var lastAt = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        using (var head = db.CreateCommand())
        {
            head.CommandText = "SELECT h.last_id, h.hash, a.at FROM ops_audit_head h JOIN ops_audit a ON a.id = h.last_id WHERE h.one = 1";
            using var r = head.ExecuteReader();
            if (r.Read()) { lastId = r.GetInt64(0); prev = r.GetString(1); lastAt = DateTime.Parse(r.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal); }
        }
        var actors = new List<string>();
        using (var staff = db.CreateCommand())
        {
            staff.CommandText = "SELECT login FROM ops_staff ORDER BY login";
            using var r = staff.ExecuteReader();
            while (r.Read()) actors.Add(r.GetString(0));
        }
        using var insert = db.CreateCommand();
        insert.CommandText = """
            INSERT INTO ops_audit (id, at, actor, real_actor, command, action, records, result, details, prev_hash, hash)
            VALUES ($id, $at, $actor, $real, $command, $action, $records, $result, $details, $prev, $hash)
            """;
        var p = new[] { "$id", "$at", "$actor", "$real", "$command", "$action", "$records", "$result", "$details", "$prev", "$hash" }
            .Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        p[0].SqliteType = SqliteType.Integer;
        insert.Prepare();
        // The log only moves forward (ops audit verify reports a back-dated event): continue after its last event.
        var start = lastAt.AddSeconds(1 - (lastId + 1) * 13);
        for (long id = lastId + 1; id <= lastId + count; id++)
        {
            var actor = actors[random.Next(actors.Count)];
            var client = random.Next(1, 100_000);
            var (command, action, records) = (id % 5) switch
            {
                0 => ($"ops clients show {client}", "clients.view", $"[\"client:{client}\"]"),
                1 => ("ops clients list", "clients.list", $"[\"client:{client}\",\"client:{client + 1}\"]"),
                2 => ($"ops clients contacts list {client}", "clients.contacts", $"[\"client:{client}\"]"),
                3 => ("ops pay calc --period 2026-10", "pay.calc", "[]"),
                _ => ("ops mail generate --target sieve --out rules", "mail.generate", "[]"),
            };
            var at = start.AddSeconds(id * 13).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            var result = id % 101 == 0 ? "denied" : "ok";
            var hash = Hash(id, at, actor, actor, command, action, records, result, "", prev);
            object[] values = [id, at, actor, actor, command, action, records, result, "", prev, hash];
            for (var i = 0; i < p.Length; i++) p[i].Value = values[i];
            insert.ExecuteNonQuery();
            prev = hash;
        }
        using (var head = db.CreateCommand())
        {
            head.CommandText = """
                INSERT INTO ops_audit_head (one, last_id, hash) VALUES (1, $id, $hash)
                ON CONFLICT (one) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash
                """;
            head.Parameters.AddWithValue("$id", lastId + count);
            head.Parameters.AddWithValue("$hash", prev);
            head.ExecuteNonQuery();
        }
        tx.Commit();
        return (lastId + 1, lastId + count);
    }
}
