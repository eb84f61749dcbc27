using System.Runtime;
using Ops.Host.Config;
using Ops.Host.Store;

namespace Ops.Host.App;

/// <summary>
/// Multicore JIT (the runtime's <see cref="ProfileOptimization"/>): the methods the last run of the same command had to
/// compile at run time — generic code ReadyToRun cannot hold, such as LINQ and collections over framework types, JSON
/// and System.CommandLine's help — are compiled on the second core as this run starts, instead of on the main thread
/// when first called. The runtime keeps one profile per top-level command (a few tens of KB of method names, never
/// client data) in <c>STORE.jit/</c> beside the store, and rewrites it when the process exits.
/// It is used only for a store file this user owns, in a folder that is this user's and nobody else's to write: the
/// runtime writes there as this user, and a folder others could write would let them aim that write elsewhere.
/// A PostgreSQL store, and a store that is not the caller's, have none; the run is then as fast as without it.
/// </summary>
internal static class JitProfile
{
    public static string FolderFor(string dbPath) => Path.GetFullPath(dbPath) + ".jit";

    /// <summary>Starts recording (and playing back the last run's profile) for <paramref name="command"/> when the
    /// store's folder allows it; otherwise does nothing.</summary>
    public static void Start(string dbPath, string? command)
    {
        if (Folder(dbPath) is not { } folder) return;
        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(ProfileName(command));
    }

    /// <summary>The profile's file: the first word of the command line when it has the form of a command name (a
    /// mistyped command leaves a small profile of its own), else <c>ops.jitprofile</c>, shared by help and the rest.</summary>
    public static string ProfileName(string? command) =>
        (command is not null && Catalog.CommandNames.IsValid(command) ? command : "ops") + ".jitprofile";

    private static string? Folder(string dbPath)
    {
        if (!OperatingSystem.IsLinux() || StoreFactory.EngineOf(dbPath) != StoreEngine.Sqlite) return null;
        var uid = (int)Posix.getuid();
        if (FileOwner.UidOf(dbPath) != uid) return null;
        var folder = FolderFor(dbPath);
        try
        {
            if (!Directory.Exists(folder))
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            if (FileOwner.UidOf(folder) != uid || (File.GetUnixFileMode(folder) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
                return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;   // a read-only store folder: the run compiles as it would without a profile
        }
        return folder;
    }
}
