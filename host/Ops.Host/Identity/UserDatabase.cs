using System.Runtime.InteropServices;

namespace Ops.Host.Identity;

/// <summary>The system's user database (passwd through NSS), which a caller cannot change.</summary>
internal interface IUserDatabase
{
    /// <summary>The uid of an OS login, or null when there is no such user.</summary>
    int? UidOf(string login);
}

/// <summary>Looks users up with libc's <c>getpwnam</c>, so LDAP or SSSD users count as well as /etc/passwd.</summary>
internal sealed class SystemUserDatabase : IUserDatabase
{
    public static SystemUserDatabase Instance { get; } = new();

    public int? UidOf(string login)
    {
        if (OperatingSystem.IsWindows() || login.Length == 0 || login.Contains('\0')) return null;
        var entry = getpwnam(login);
        if (entry == IntPtr.Zero) return null;
        return (int)Marshal.PtrToStructure<Passwd>(entry).Uid;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Passwd
    {
        public IntPtr Name;
        public IntPtr Password;
        public uint Uid;
        public uint Gid;
        public IntPtr Gecos;
        public IntPtr Home;
        public IntPtr Shell;
    }

    [DllImport("libc", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern IntPtr getpwnam(string name);
}

/// <summary>A fixed user database for tests.</summary>
internal sealed class FixedUserDatabase(IReadOnlyDictionary<string, int> users) : IUserDatabase
{
    public int? UidOf(string login) => users.TryGetValue(login, out var uid) ? uid : null;
}
