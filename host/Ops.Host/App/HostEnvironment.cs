using System.Globalization;

namespace Ops.Host.App;

/// <summary>Everything the host takes from the process: streams, environment, OS login, clock, folders.
/// Tests build one by hand to run <c>ops</c> in-process.</summary>
internal sealed record HostEnvironment(
    TextWriter Out,
    TextWriter Error,
    IReadOnlyDictionary<string, string> Variables,
    string OsLogin,
    string AppDirectory,
    TimeProvider Clock)
{
    /// <summary>Extra plugin roots searched before <c>OPS_PLUGIN_PATH</c>; tests use it for fixture plugins.</summary>
    public IReadOnlyList<string> ExtraPluginRoots { get; init; } = [];

    /// <summary>When false, the plugins shipped beside the executable are not searched (isolated tests).</summary>
    public bool IncludeBundledPlugins { get; init; } = true;

    /// <summary>The uid the process runs as (the service account's under sudo); -1 where the OS has none.</summary>
    public int OsUid { get; init; } = -1;

    /// <summary>The system's user database, against which sudo's variables are checked.</summary>
    public Identity.IUserDatabase Users { get; init; } = Identity.SystemUserDatabase.Instance;

    /// <summary>True when stdout is a terminal (not redirected): binary output is refused there.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>True when stderr is a terminal: progress lines are drawn only then.</summary>
    public bool ErrIsTerminal { get; init; }

    /// <summary>The terminal's width in cells when stdout is one, else null.</summary>
    public int? TerminalWidth { get; init; }

    /// <summary>The width tables and help pages are fitted to: <c>COLUMNS</c> when set, else the terminal's, else none.</summary>
    public int? OutputWidth => int.TryParse(Get("COLUMNS"), out var columns) && columns > 0 ? columns : TerminalWidth;

    /// <summary>True when this run is the whole process (<see cref="FromProcess"/>): only then does it change what is
    /// the process's alone (the runtime's JIT profile, <see cref="JitProfile"/>); a run in-process (tests) leaves it.</summary>
    public bool OwnsProcess { get; init; }

    public string? Get(string name) => Variables.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    public static HostEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            variables[(string)e.Key] = (string?)e.Value ?? "";
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new HostEnvironment(stdout, Sdk.Output.Progress.Guarded(stderr), variables, Environment.UserName, AppContext.BaseDirectory,
            ClockFrom(variables.GetValueOrDefault("OPS_NOW")))
        {
            OsUid = OperatingSystem.IsWindows() ? -1 : (int)Posix.getuid(),
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrIsTerminal = !Console.IsErrorRedirected,
            TerminalWidth = Console.IsOutputRedirected ? null : WindowWidth(),
            OwnsProcess = true,
        };
    }

    private static int? WindowWidth()
    {
        try { return Console.WindowWidth > 0 ? Console.WindowWidth : null; }
        catch (IOException) { return null; }
    }

    // Separators quoted: an unquoted ':' is the culture's time separator, matched through the culture's comparer.
    private static readonly string[] IsoForms =
        ["O", "yyyy'-'MM'-'dd'T'HH':'mm':'ssK", "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFFK", "yyyy'-'MM'-'dd'T'HH':'mmK"];

    /// <summary><c>OPS_NOW</c> pins the clock's start (for demos and tests); time then runs on from there.</summary>
    public static TimeProvider ClockFrom(string? opsNow)
    {
        if (string.IsNullOrEmpty(opsNow)) return TimeProvider.System;
        // The exact ISO 8601 forms first: the general parser builds culture token tables on its first call, a cost
        // of every start-up with OPS_NOW set (the demo, the tests, bench/run) that a real run does not pay.
        if (!DateTimeOffset.TryParseExact(opsNow, IsoForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            && !DateTimeOffset.TryParse(opsNow, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out start))
            throw new Ops.Sdk.Errors.UsageException($"OPS_NOW='{opsNow}' is not a date-time", "use ISO 8601, e.g. 2026-11-26T09:00:00Z");
        return new PinnedClock(start);
    }

    /// <summary>True for a clock pinned by <see cref="ClockFrom"/> (a sandbox store's, a test's).</summary>
    public static bool IsPinned(TimeProvider clock) => clock is PinnedClock;

    private sealed class PinnedClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = System.GetTimestamp();
        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + System.GetElapsedTime(_started);
    }
}

internal static class Posix
{
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getuid")]
    internal static extern uint getuid();
}
