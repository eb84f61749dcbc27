using Ops.Testing;

namespace Ops.EndToEnd.Tests;

/// <summary>Real <c>ops</c> processes appending while others verify: the verifier's snapshot never sees a tail that
/// is not there yet, and no append is lost.</summary>
public sealed class AuditConcurrencyTests
{
    private const int Writers = 8, Verifiers = 2, WritesEach = 3, VerifiesEach = 6;

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Verifying_while_eight_processes_write_gives_no_false_alarm_and_loses_no_event(TestEngine engine)
    {
        using var ops = new OpsProcess(engine);
        ops.Ok("init", "--name", "Ирина Админова");
        var before = long.Parse(ops.Ok("audit", "head").Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            var failures = new List<string>();
            for (var i = 0; i < WritesEach; i++)
            {
                var (code, _, err) = ops.Run("staff", "add", $"w{w}n{i}", "--name", $"Writer {w} {i}", "--role", "accountant");
                if (code != 0) failures.Add($"writer {w}/{i} exited {code}: {err}");
            }
            return failures;
        })).ToList();
        var verifiers = Enumerable.Range(0, Verifiers).Select(v => Task.Run(() =>
        {
            var failures = new List<string>();
            for (var i = 0; i < VerifiesEach; i++)
            {
                var (code, _, err) = ops.Run("audit", "verify");
                if (code != 0) failures.Add($"verify {v}/{i} exited {code}: {err}");
            }
            return failures;
        })).ToList();

        var problems = writers.Concat(verifiers).SelectMany(t => t.Result).ToList();
        Assert.Empty(problems);
        var (finalCode, finalOut, finalErr) = ops.Run("audit", "verify");
        Assert.True(finalCode == 0, finalErr);
        Assert.Contains($"{before + Writers * WritesEach} events", finalOut);
        var staff = OpsProcess.Json(ops.Ok("staff", "list", "--format", "json")).EnumerateArray().Select(s => s.GetProperty("login").GetString()).ToHashSet();
        for (var w = 0; w < Writers; w++)
            for (var i = 0; i < WritesEach; i++) Assert.Contains($"w{w}n{i}", staff);
    }
}
