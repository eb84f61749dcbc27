using System.Runtime.InteropServices;

namespace Ops.EndToEnd.Tests;

/// <summary>The runtime's multicore-JIT profiles (docs/performance.md): written beside the store by the runtime itself
/// when ops exits, so the folder they go in must be one nobody else can plant a link in.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class JitProfileTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public void A_command_leaves_its_profile_beside_the_store_in_a_folder_only_the_owner_can_enter()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("the profiles are kept on Linux only");
        using var ops = new OpsProcess();
        ops.Ok("init", "--name", "Ирина Админова");
        ops.Ok("clients", "list");
        ops.Ok("--help");

        var folder = ops.DbPath + ".jit";
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(folder));
        Assert.True(new FileInfo(Path.Combine(folder, "clients.jitprofile")).Length > 0, "clients list left no profile");
        Assert.True(File.Exists(Path.Combine(folder, "ops.jitprofile")), "help left no profile");
        // The next run plays the profile back while it starts, and does the same.
        Assert.Equal("[]", ops.Ok("clients", "list", "--format", "json").Trim());
    }

    [Theory]
    [InlineData("writable by others")]
    [InlineData("another user's")]
    public void A_profile_folder_someone_else_could_write_is_never_written_through(string how)
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("the profiles are kept on Linux only");
        if (how == "another user's" && geteuid() != 0)
        {
            const string why = "giving the folder to another user needs root";
            if (Ops.Testing.ToolSkip.UnderCi) Assert.Fail($"CI runs the tests as root, yet {why}");
            Assert.Skip(why);
        }
        using var ops = new OpsProcess();
        ops.Ok("init", "--name", "Ирина Админова");
        // The attacker's plant: the profile clients list would write is a link to a file she wants overwritten.
        var folder = ops.DbPath + ".jit";
        Directory.CreateDirectory(folder);
        var victim = Path.Combine(ops.Directory, "victim.txt");
        File.WriteAllText(victim, "not for the runtime to overwrite");
        File.CreateSymbolicLink(Path.Combine(folder, "clients.jitprofile"), victim);
        if (how == "writable by others") File.SetUnixFileMode(folder, OwnerOnly | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        else Assert.Equal(0, chown(folder, 65534, 65534));

        ops.Ok("clients", "list");
        ops.Ok("clients", "list");

        Assert.Equal("not for the runtime to overwrite", File.ReadAllText(victim));
        Assert.Equal(["clients.jitprofile"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [DllImport("libc", SetLastError = true)] private static extern int chown(string path, int owner, int group);
    [DllImport("libc")] private static extern uint geteuid();
}
