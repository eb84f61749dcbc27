using Ops.Testing;

namespace Ops.Mail.Tests;

/// <summary>Mail's reports put their read event on record, committed, before the first byte about a client is shown.</summary>
public sealed class AuditBeforeShowingTests
{
    private static List<string> Events(OpsTestStore store, string action) =>
        store.Run("audit", "list", "--action", action, "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Select(e => e.GetProperty("records").GetString()!).ToList();

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_interrupted_coverage_report_is_already_audited(TestEngine engine)
    {
        using var store = MailFirm.Create(engine);
        var r = store.RunInto(new DyingWriter(20), "sidorova", "mail", "coverage", "--format", "json");
        Assert.NotEqual(0, r.ExitCode);
        var interrupted = Assert.Single(Events(store, "mail.coverage"));
        Assert.Contains("client:", interrupted);

        store.RunAs("sidorova", "mail", "coverage", "--format", "json").ShouldSucceed();
        Assert.Equal(interrupted, Events(store, "mail.coverage")[^1]);   // the same clients a completed run names
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_interrupted_drift_check_is_already_audited(TestEngine engine)
    {
        using var store = MailFirm.Create(engine);
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = store.RunInto(new DyingWriter(20), "sidorova", "mail", "check", "--target", "sieve", "--dir", dir, "--format", "json");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("client:", Assert.Single(Events(store, "mail.check")));
    }
}
