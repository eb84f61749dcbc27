using System.Text.Json;

namespace Ops.Testing;

/// <summary>The departure plan as the real command shows it, to judge one plugin's steps apart from the others'.</summary>
public static class DeparturePlanRuns
{
    /// <summary>The steps from <paramref name="source"/> (a plugin id, or <c>ops</c> for the host) in
    /// <c>ops staff offboard LOGIN --format json</c> run as <paramref name="osLogin"/>, in the plan's order. The command
    /// exits 1 when a step is past due, which is a plan, not a failure; any other code throws with both streams.</summary>
    public static IReadOnlyList<JsonElement> OffboardSteps(this OpsTestStore store, string osLogin, string login, string source)
    {
        var r = store.RunAs(osLogin, "staff", "offboard", login, "--format", "json");
        if (r.ExitCode is not (0 or 1))
            throw new InvalidOperationException($"ops staff offboard {login} exited {r.ExitCode}\nstdout:\n{r.Out}\nstderr:\n{r.Err}");
        return r.Json().EnumerateArray().Where(s => s.GetProperty("source").GetString() == source).ToList();
    }

    public static string Text(this JsonElement step, string column) => step.GetProperty(column).GetString() ?? "";
}
