using System.Text.Json;

namespace Ops.Testing;

/// <summary>What one in-process run of <c>ops</c> produced.</summary>
public sealed record OpsResult(int ExitCode, string Out, string Err, string[] Args)
{
    /// <summary>Throws with both streams when the command did not exit 0.</summary>
    public OpsResult ShouldSucceed()
    {
        if (ExitCode != 0)
            throw new InvalidOperationException($"ops {string.Join(' ', Args)} exited {ExitCode}\nstdout:\n{Out}\nstderr:\n{Err}");
        return this;
    }

    /// <summary>Stdout parsed as JSON (with a real parser).</summary>
    public JsonElement Json()
    {
        using var doc = JsonDocument.Parse(Out);
        return doc.RootElement.Clone();
    }
}
