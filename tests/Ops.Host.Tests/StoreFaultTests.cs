using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>A store that cannot be used is a clear error naming the file and the fix, never exit 70 and never
/// silently replaced by a new one.</summary>
public sealed class StoreFaultTests
{
    [Fact]
    public void A_zero_byte_store_is_refused_not_recreated()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        File.WriteAllBytes(store.DbPath, []);

        var result = store.Run("staff", "list");
        Assert.Equal(8, result.ExitCode);
        Assert.Contains(store.DbPath, result.Err);
        Assert.Contains("is empty (0 bytes)", result.Err);
        Assert.Contains("ops db restore", result.Err);
        Assert.Equal(0, new FileInfo(store.DbPath).Length);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named_with_the_fix()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        File.Delete(store.DbPath + "-wal");
        File.Delete(store.DbPath + "-shm");
        File.WriteAllBytes(store.DbPath, Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 251)).ToArray());

        var result = store.Run("staff", "list");
        Assert.Equal(8, result.ExitCode);
        Assert.Contains("is not an SQLite database", result.Err);
        Assert.Contains(store.DbPath, result.Err);
    }

    [Fact]
    public void Db_check_reports_a_damaged_store_as_its_finding()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        File.Delete(store.DbPath + "-wal");
        File.Delete(store.DbPath + "-shm");
        File.WriteAllBytes(store.DbPath, Enumerable.Repeat((byte)0x5a, 4096).ToArray());

        var result = store.Run("db", "check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("store has 1 problem(s)", result.Out);
        Assert.Contains("ops db restore", result.Err);
    }

    [Fact]
    public void A_truncated_store_is_reported_as_damaged()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        for (var i = 0; i < 40; i++) store.AddStaff($"p{i}", "accountant");
        store.Run("db", "backup", Path.Combine(store.Directory, "b.db")).ShouldSucceed();
        var copy = Path.Combine(store.Directory, "b.db");
        using (var f = new FileStream(copy, FileMode.Open)) f.SetLength(f.Length / 2 + 100);

        var result = store.Run("--db", copy, "staff", "list");
        Assert.NotEqual(70, result.ExitCode);
        Assert.Equal(8, result.ExitCode);
        Assert.Contains(copy, result.Err);
    }
}
