using System.Diagnostics;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>A store on a real filesystem that turns read-only or fills up: a clear message naming the file, what is
/// wrong and what to do, exit 9 (never 70), nothing half-written, and the audit chain intact once the fault is gone.
/// The store lies on a tmpfs the test mounts, so these need root (CI runs as root: there they never skip).</summary>
public sealed class StoreFilesystemFaultTests : IDisposable
{
    private readonly OpsTestStore _store = OpsTestStore.Empty(bundledPlugins: false);
    private string Mount => Path.GetDirectoryName(_store.DbPath)!;
    private bool _mounted;

    /// <summary>Mounts a tmpfs of <paramref name="size"/> where the store will be, and creates the store on it.</summary>
    private void StoreOnTmpfs(string size)
    {
        if (Environment.UserName != "root") Assert.Skip(ToolSkip.Reason("mounting a tmpfs needs root: run the tests as root"));
        Directory.CreateDirectory(Mount);
        var mount = Run("mount", "-t", "tmpfs", "-o", $"size={size},mode=0700", "tmpfs", Mount);
        if (mount.Code != 0) Assert.Skip(ToolSkip.Reason($"mount -t tmpfs failed ({mount.Said.Trim()}): run as root where mounting is allowed"));
        _mounted = true;
        var now = _store.Now;
        _store.Now = OpsTestStore.Created;
        _store.Run("init", "--name", "Admin Adminov").ShouldSucceed();
        _store.Now = now;
        _store.AddStaff("anna", "accountant");
    }

    public void Dispose()
    {
        if (_mounted) Run("umount", "-l", Mount);
        _store.Dispose();
    }

    private static (int Code, string Said) Run(string program, params string[] args)
    {
        var p = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var said = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, said);
    }

    private void AssertIntactWithoutBoris()
    {
        _store.Run("audit", "verify").ShouldSucceed();
        _store.Run("db", "check").ShouldSucceed();
        var staff = _store.Run("staff", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray().Select(e => e.GetProperty("login").GetString());
        Assert.DoesNotContain("boris", staff);
    }

    [Fact]
    public void A_store_on_a_read_only_filesystem_is_exit_9_and_loses_nothing()
    {
        StoreOnTmpfs("16m");
        Assert.Equal(0, Run("mount", "-o", "remount,ro", Mount).Code);

        var result = _store.Run("staff", "add", "boris", "--name", "Борис", "--role", "accountant");
        Assert.Equal(9, result.ExitCode);
        Assert.Contains(_store.DbPath, result.Err);
        Assert.Contains("read-only", result.Err);
        Assert.Contains("hint:", result.Err);
        Assert.DoesNotContain("SQLite Error", result.Err);

        Assert.Equal(0, Run("mount", "-o", "remount,rw", Mount).Code);
        AssertIntactWithoutBoris();
    }

    [Fact]
    public void A_store_on_a_full_filesystem_is_exit_9_and_loses_nothing()
    {
        StoreOnTmpfs("4m");
        var filler = Path.Combine(Mount, "filler");
        using (var fill = new FileStream(filler, FileMode.CreateNew))
        {
            var block = new byte[4096];
            try { while (true) fill.Write(block); }
            catch (IOException) { fill.SetLength(fill.Position); }   // no space left on the device: the filesystem is full
        }

        var result = _store.Run("staff", "add", "boris", "--name", "Борис " + new string('б', 20000), "--role", "accountant");
        Assert.Equal(9, result.ExitCode);
        Assert.Contains(_store.DbPath, result.Err);
        Assert.Contains("free space", result.Err);
        Assert.DoesNotContain("SQLite Error", result.Err);

        File.Delete(filler);
        AssertIntactWithoutBoris();
    }
}
