using Microsoft.Data.Sqlite;
using Ops.Host.Audit;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>A chain long enough that its hashes are checked in batches on other threads: the first problem in id
/// order is still the one reported, whether it is an edit or a gap after it.</summary>
public sealed class AuditLongChainTests
{
    private const int Extra = 10_000;

    [Fact]
    public void An_edit_deep_in_a_long_chain_is_found_before_a_later_gap()
    {
        using var store = LongChain();
        Assert.Contains($"audit chain intact: {Extra + 1} events", store.Run("audit", "verify").ShouldSucceed().Out);

        store.Sql("UPDATE ops_audit SET details = 'nothing to see' WHERE id = 6000");
        store.Sql("DELETE FROM ops_audit WHERE id = 9000");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BROKEN at event 6000", result.Err);
        Assert.Contains("edited", result.Err);
    }

    [Fact]
    public void A_gap_in_a_long_chain_is_found_when_the_events_before_it_are_intact()
    {
        using var store = LongChain();
        store.Sql("DELETE FROM ops_audit WHERE id = 8000");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("event 8001", result.Err);
        Assert.Contains("deleted", result.Err);
    }

    /// <summary>The store's first event, then <see cref="Extra"/> more chained with the host's own hash.</summary>
    private static OpsTestStore LongChain()
    {
        var store = OpsTestStore.Create(bundledPlugins: false);
        using var c = new SqliteConnection($"Data Source={store.DbPath};Pooling=False");
        c.Open();
        using var tx = c.BeginTransaction();
        string prev;
        string at;
        using (var read = c.CreateCommand())
        {
            read.CommandText = "SELECT hash, at FROM ops_audit ORDER BY id DESC LIMIT 1";
            using var r = read.ExecuteReader();
            r.Read();
            (prev, at) = (r.GetString(0), r.GetString(1));
        }
        using var insert = c.CreateCommand();
        insert.CommandText = """
            INSERT INTO ops_audit (id, at, actor, real_actor, command, action, records, result, details, os_user, os_uid, prev_hash, hash)
            VALUES ($id, $at, 'admin', 'admin', 'ops audit head', 'audit.head', '[]', 'ok', $details, 'admin', 1000, $prev, $hash)
            """;
        foreach (var name in new[] { "$id", "$at", "$details", "$prev", "$hash" }) insert.Parameters.Add(new SqliteParameter(name, ""));
        for (long id = 2; id <= Extra + 1; id++)
        {
            var e = new AuditEvent(id, at, "admin", "admin", "ops audit head", "audit.head", "[]", "ok", $"event {id}", "admin", 1000);
            var hash = AuditHash.Of(e, prev);
            (insert.Parameters["$id"].Value, insert.Parameters["$at"].Value, insert.Parameters["$details"].Value) = (id, at, e.Details);
            (insert.Parameters["$prev"].Value, insert.Parameters["$hash"].Value) = (prev, hash);
            insert.ExecuteNonQuery();
            prev = hash;
        }
        using (var head = c.CreateCommand())
        {
            head.CommandText = "UPDATE ops_audit_head SET last_id = $id, hash = $hash WHERE one = 1";
            head.Parameters.AddWithValue("$id", Extra + 1);
            head.Parameters.AddWithValue("$hash", prev);
            head.ExecuteNonQuery();
        }
        tx.Commit();
        return store;
    }
}
