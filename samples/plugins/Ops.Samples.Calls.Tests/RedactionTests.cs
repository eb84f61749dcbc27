using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

/// <summary>The audit redacts a plugin's client data by the mark on the plugin's own option: the host has never
/// heard of <c>calls lines add --note</c>.</summary>
public sealed class RedactionTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_note_naming_a_client_is_not_in_the_audit_in_clear(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        store.Run("calls", "lines", "add", "109", "--login", "boris", "--note", "Иван Петров, +7 912 555-01-12").ShouldSucceed();
        var lines = store.Run("audit", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray()
            .Select(e => e.GetProperty("command").GetString()!).ToList();
        var added = Assert.Single(lines, l => l.StartsWith("ops calls lines add 109", StringComparison.Ordinal));
        Assert.Equal("ops calls lines add 109 --login boris --note ‹redacted›", added);
        Assert.DoesNotContain(lines, l => l.Contains("555", StringComparison.Ordinal) || l.Contains("Петров", StringComparison.Ordinal));
    }
}
