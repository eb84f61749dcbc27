using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>An export's file: never the store, never over an existing file unless asked, private.</summary>
public sealed class ExportFileTests
{
    private static OpsTestStore Store()
    {
        var store = Firm.Create();
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        return store;
    }

    [Fact]
    public void Export_never_overwrites_the_store()
    {
        using var store = Store();
        foreach (var target in new[] { store.DbPath, store.DbPath + "-wal", Path.Combine(Path.GetDirectoryName(store.DbPath)!, "clients.csv") })
        {
            var r = store.RunAs("dir", "clients", "export", "--output", target, "--force");
            Assert.Equal(5, r.ExitCode);
            Assert.Contains("store", r.Err);
        }
        Assert.Empty(store.Json("admin", "audit", "list", "--action", "clients.export").EnumerateArray());
        store.RunAs("dir", "clients", "list").ShouldSucceed();
    }

    [Fact]
    public void Export_never_overwrites_an_existing_file_without_force_and_a_forced_one_turns_private()
    {
        using var store = Store();
        var path = store.WriteFile("earlier.csv", "earlier work");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, (UnixFileMode)0b110_100_100);
        var refused = store.RunAs("dir", "clients", "export", "--output", path);
        Assert.Equal(6, refused.ExitCode);
        Assert.Contains("--force", refused.Err);
        Assert.Equal("earlier work", File.ReadAllText(path));
        store.RunAs("dir", "clients", "export", "--output", path, "--force").ShouldSucceed();
        Assert.Contains(Firm.AlphaInn, File.ReadAllText(path));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
