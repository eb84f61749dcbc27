using Ops.Testing;

namespace Ops.Host.Tests;

public sealed class RestoreTests
{
    private static (OpsTestStore Store, string Backups) StoreWithBackup(out string backup)
    {
        var store = OpsTestStore.Create(bundledPlugins: false);
        store.AddStaff("anna", "accountant", "north");
        var backups = Directory.CreateDirectory(Path.Combine(store.Directory, "backups")).FullName;
        backup = Path.Combine(backups, "good.db");
        store.Run("db", "backup", backup).ShouldSucceed();
        return (store, backups);
    }

    [Fact]
    public void Restore_brings_back_the_backup_and_keeps_what_it_replaced()
    {
        var (store, backups) = StoreWithBackup(out var backup);
        using var _ = store;
        store.AddStaff("boris", "accountant", "south");
        var refused = store.Run("db", "restore", backup);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Err);
        Assert.Contains("boris", store.Run("staff", "list").ShouldSucceed().Out);

        var result = store.Run("db", "restore", backup, "--force").ShouldSucceed();
        Assert.DoesNotContain("boris", store.Run("staff", "list").ShouldSucceed().Out);
        Assert.Equal(0, store.Run("audit", "verify").ExitCode);
        var kept = Directory.GetFiles(backups, "ops-before-restore-*.db").Single();
        Assert.Contains("boris", store.Run("--db", kept, "staff", "list").ShouldSucceed().Out);
        Assert.Contains(kept, result.Err);
        var restoreEvent = store.Run("audit", "list", "--action", "db.restore", "--format", "json").ShouldSucceed().Json();
        Assert.Equal(1, restoreEvent.GetArrayLength());
    }

    [Fact]
    public void A_damaged_or_foreign_file_is_never_restored()
    {
        var (store, backups) = StoreWithBackup(out var backup);
        using var _ = store;
        var bytes = File.ReadAllBytes(backup);
        bytes[bytes.Length / 2] ^= 0xFF;
        var damaged = Path.Combine(backups, "damaged.db");
        File.WriteAllBytes(damaged, bytes);
        var foreign = Path.Combine(backups, "foreign.db");
        File.WriteAllText(foreign, "not a database at all");
        foreach (var file in new[] { damaged, foreign })
        {
            var result = store.Run("db", "restore", file, "--force");
            Assert.Equal(5, result.ExitCode);
        }
        Assert.Equal(0, store.Run("audit", "verify").ExitCode);
    }

    [Fact]
    public void A_backup_whose_audit_chain_was_edited_is_refused()
    {
        var (store, backups) = StoreWithBackup(out var backup);
        using var _ = store;
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE ops_audit SET actor = 'mallory' WHERE id = 1";
            cmd.ExecuteNonQuery();
        }
        var result = store.Run("db", "restore", backup, "--force");
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("audit chain is broken", result.Err);
    }
}
