using Ops.Host.Audit;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>What the file owner can do to the log, and what still finds it out: the head kept elsewhere, the time
/// order, an emptied log; and who is on record for each event.</summary>
public sealed class AuditHeadTests
{
    private static OpsTestStore StoreWithEvents()
    {
        var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("anna", "accountant");
        store.AddStaff("boris", "accountant");
        return store;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void A_tail_cut_off_with_the_head_row_moved_back_is_caught_by_the_head_kept_elsewhere()
    {
        using var store = StoreWithEvents();
        var head = store.Run("audit", "head").ShouldSucceed().Out.Trim();
        Assert.Matches("^3:[0-9a-f]{64}$", head);
        // The file owner deletes her last event and makes the store's own head agree: the chain alone looks fine.
        store.Sql("DELETE FROM ops_audit WHERE id = 3; UPDATE ops_audit_head SET last_id = 2, hash = (SELECT hash FROM ops_audit WHERE id = 2)");
        Assert.Equal(0, store.Run("audit", "verify").ExitCode);
        var result = store.Run("audit", "verify", "--head", head);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cut off", result.Err);
    }

    [Fact]
    public void A_rewritten_log_does_not_reach_the_head_kept_elsewhere()
    {
        using var store = StoreWithEvents();
        var file = Path.Combine(store.Directory, "head");
        File.WriteAllText(file, store.Run("audit", "head").ShouldSucceed().Out);
        store.AddStaff("vera", "accountant");
        Assert.Contains("reaches the head kept elsewhere", store.Run("audit", "verify", "--head-file", file).ShouldSucceed().Out);
        Rechain(store, "UPDATE ops_audit SET details = 'nothing happened' WHERE id = 2");
        Assert.Equal(0, store.Run("audit", "verify").ExitCode);
        var result = store.Run("audit", "verify", "--head-file", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rewritten", result.Err);
    }

    [Fact]
    public void An_emptied_log_is_reported()
    {
        using var store = StoreWithEvents();
        store.Sql("DELETE FROM ops_audit; DELETE FROM ops_audit_head");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("emptied", result.Err);
    }

    [Fact]
    public void A_back_dated_event_with_a_recomputed_chain_is_reported()
    {
        using var store = StoreWithEvents();
        Rechain(store, "UPDATE ops_audit SET at = '2025-01-01T00:00:00.000Z' WHERE id = 3");
        var result = store.Run("audit", "verify");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("back-dated", result.Err);
    }

    [Fact]
    public void A_clock_turned_back_cannot_append_to_the_log()
    {
        using var store = StoreWithEvents();
        store.Clock = new FixedClock(OpsTestStore.Created.AddDays(-30));
        var result = store.Run("staff", "add", "vera", "--name", "Вера", "--role", "accountant");
        Assert.Equal(6, result.ExitCode);
        Assert.Contains("before the audit log's last event", result.Err);
        store.Clock = null;
        Assert.DoesNotContain("vera", store.Run("staff", "list").ShouldSucceed().Out);
    }

    [Fact]
    public void Every_event_records_the_real_os_user_and_uid()
    {
        using var store = StoreWithEvents();
        store.OsUid = 1234;
        store.RunAs("admin", "--as", "anna", "staff", "list").ShouldSucceed();
        var events = store.Run("audit", "list", "--action", "access.impersonate", "--format", "json").ShouldSucceed().Json();
        var impersonation = events.EnumerateArray().Single();
        Assert.Equal("anna", impersonation.GetProperty("actor").GetString());
        Assert.Equal("admin", impersonation.GetProperty("real_actor").GetString());
        Assert.Equal("admin", impersonation.GetProperty("os_user").GetString());
        Assert.Equal(1234, impersonation.GetProperty("os_uid").GetInt32());
        store.Sql("UPDATE ops_audit SET os_uid = 0 WHERE os_uid = 1234");
        Assert.Equal(1, store.Run("audit", "verify").ExitCode);
    }

    /// <summary>What the store's owner can do: change events, then recompute every hash after them and the head.</summary>
    private static void Rechain(OpsTestStore store, string sql)
    {
        store.Sql(sql);
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.DbPath};Pooling=False");
        c.Open();
        var events = new List<(AuditEvent Event, string Prev)>();
        using (var read = c.CreateCommand())
        {
            read.CommandText = "SELECT id, at, actor, real_actor, command, action, records, result, details, os_user, os_uid FROM ops_audit ORDER BY id";
            using var r = read.ExecuteReader();
            while (r.Read())
                events.Add((new AuditEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                    r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetInt32(10)), ""));
        }
        var prev = AuditHash.Genesis;
        foreach (var (e, _) in events)
        {
            var hash = AuditHash.Of(e, prev);
            using var write = c.CreateCommand();
            write.CommandText = "UPDATE ops_audit SET prev_hash = $p, hash = $h WHERE id = $id; UPDATE ops_audit_head SET last_id = $id, hash = $h";
            write.Parameters.AddWithValue("$p", prev);
            write.Parameters.AddWithValue("$h", hash);
            write.Parameters.AddWithValue("$id", e.Id);
            write.ExecuteNonQuery();
            prev = hash;
        }
    }
}
