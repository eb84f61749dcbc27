using System.Runtime.InteropServices;
using Ops.Testing;

namespace Ops.EndToEnd.Tests;

/// <summary>What <c>ops --help</c> does before the command is known stays out: it opens no store file (watched with
/// inotify while the real executable runs), loads no plugin assembly and not SQLite (the host lists what is loaded
/// when <c>OPS_DIAG_ASSEMBLIES</c> is set), and once the start-up cache holds the commands reads no manifest. Each
/// check is shown to see the work where it happens, so it can fail.</summary>
public sealed class StartupWorkTests
{
    private static readonly string[] NotForHelp =
        ["Microsoft.Data.Sqlite", "SQLitePCLRaw.core", "Ops.Clients", "Ops.Documents", "Ops.Mail", "Ops.Pay", "Ops.Fixtures.Good"];

    [Fact]
    public void Help_opens_no_store_file_and_loads_no_plugin_assembly_yet_leaves_out_disabled_plugins()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("inotify is Linux's");
        using var ops = new OpsProcess();
        ops.Ok("init", "--name", "Ирина Админова");
        ops.Ok("plugins", "disable", "mail");
        // A plugin of this test's own, whose manifest only this test's commands read (other tests read the bundled ones).
        var manifest = OwnPlugin(ops);
        ops.Ok("plugins", "enable", "good");
        ops.Environment["OPS_DIAG_ASSEMBLIES"] = "1";

        var (help, opened) = Watching(ops.DbPath, () => ops.Run("--help"));
        Assert.Equal(0, help.Code);
        Assert.False(opened, "ops --help opened the store file");
        Assert.Empty(Loaded(help.Err).Intersect(NotForHelp));
        Assert.Contains("clients", Commands(help.Out));
        Assert.Contains("hello", Commands(help.Out));
        Assert.DoesNotContain("mail", Commands(help.Out));

        // The next help finds the plugins' commands in the help cache the first one wrote: it reads no manifest.
        var (again, manifestRead) = Watching(manifest, () => ops.Run("--help"));
        Assert.Equal(help.Out, again.Out);
        Assert.False(manifestRead, "a help with a current help cache read a manifest");

        // The same watches and list see the work where a command does it.
        var (list, listOpened) = Watching(ops.DbPath, () => ops.Run("clients", "list"));
        Assert.Equal(0, list.Code);
        Assert.True(listOpened, "the watch saw no open of the store by a command that reads it");
        Assert.True(Watching(manifest, () => ops.Run("clients", "list")).Opened, "the watch saw no manifest read by a command");
        Assert.Contains("Ops.Clients", Loaded(list.Err));
        Assert.Contains("Microsoft.Data.Sqlite", Loaded(list.Err));
    }

    [Fact]
    public void Help_reads_the_store_when_the_start_up_cache_cannot_be_trusted()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("inotify is Linux's");
        using var ops = new OpsProcess();
        ops.Ok("init", "--name", "Ирина Админова");
        ops.Ok("plugins", "disable", "mail");
        var cache = ops.DbPath + ".enabled";
        File.WriteAllText(cache, File.ReadAllText(cache) + "mail\n");   // someone else's write: widened, and group-writable
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(cache, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite);

        var (help, opened) = Watching(ops.DbPath, () => ops.Run("--help"));
        Assert.Equal(0, help.Code);
        Assert.True(opened, "an untrusted cache was used instead of the store");
        Assert.DoesNotContain("mail", Commands(help.Out));
    }

    private static IEnumerable<string> Loaded(string stderr) =>
        stderr.Split('\n').Where(l => l.StartsWith("ops: diag: loaded ", StringComparison.Ordinal)).Select(l => l["ops: diag: loaded ".Length..].Trim());

    /// <summary>The top-level command names in System.CommandLine's help ("Commands:" section, two-space indent).</summary>
    private static List<string> Commands(string help) =>
        help.Split('\n').SkipWhile(l => !l.StartsWith("Commands:", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ')[0]).ToList();

    /// <summary>A copy of the good fixture plugin on <c>OPS_PLUGIN_PATH</c>; its manifest's path.</summary>
    private static string OwnPlugin(OpsProcess ops)
    {
        var source = Path.Combine(OpsTestStore.RepoRoot, "artifacts", "fixtures", "good");
        var target = Path.Combine(ops.Directory, "own-plugins", "good");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        ops.Environment["OPS_PLUGIN_PATH"] = Path.GetDirectoryName(target)!;
        return Path.Combine(target, "plugin.json");
    }

    private static (T Result, bool Opened) Watching<T>(string path, Func<T> run)
    {
        const int InNonBlock = 0x800, InAccess = 0x1, InModify = 0x2, InOpen = 0x20;
        var fd = inotify_init1(InNonBlock);
        Assert.True(fd >= 0, "inotify_init1 failed");
        try
        {
            Assert.True(inotify_add_watch(fd, path, InAccess | InModify | InOpen) >= 0, $"cannot watch {path}");
            var result = run();
            var buffer = new byte[4096];
            return (result, read(fd, buffer, buffer.Length) > 0);
        }
        finally { _ = close(fd); }
    }

    [DllImport("libc", SetLastError = true)] private static extern int inotify_init1(int flags);
    [DllImport("libc", SetLastError = true)] private static extern int inotify_add_watch(int fd, string path, uint mask);
    [DllImport("libc", SetLastError = true)] private static extern nint read(int fd, byte[] buffer, nint count);
    [DllImport("libc")] private static extern int close(int fd);
}
