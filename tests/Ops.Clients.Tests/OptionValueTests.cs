using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>A value of the wrong form is refused while the line is parsed: exit 2, the option named, the help hint,
/// and nothing done — the same on every command.</summary>
public sealed class OptionValueTests
{
    [Theory]
    [InlineData("clients", "list", "--status", "gone")]
    [InlineData("clients", "export", "--status", "gone")]
    [InlineData("clients", "update", Firm.AlphaInn, "--status", "left")]
    [InlineData("clients", "assign", Firm.AlphaInn, "boris", "--role", "owner")]
    [InlineData("clients", "archive", Firm.AlphaInn, "--date", "01.12.2026")]
    [InlineData("clients", "watch", "--since", "2026-13-01")]
    [InlineData("clients", "update", Firm.AlphaInn, "--started-on", "yesterday")]
    [InlineData("clients", "export", "--format", "xml")]
    [InlineData("audit", "list", "--since", "last week")]
    [InlineData("access", "grant", "clients.view", "--role", "accountant", "--scope", "everything")]
    public void A_bad_value_is_a_usage_error_that_names_the_option(params string[] args)
    {
        using var store = Firm.Create();
        var before = store.Run("audit", "list", "--format", "json", "--limit", "0").ShouldSucceed().Json().GetArrayLength();
        var option = args.Reverse().Skip(1).First();
        var r = store.RunAs("dir", args);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"ops: error: {option} '{args[^1]}' is not ", r.Err, StringComparison.Ordinal);
        Assert.Contains("hint: see 'ops ", r.Err);
        Assert.Equal(before, store.Run("audit", "list", "--format", "json", "--limit", "0").ShouldSucceed().Json().GetArrayLength());
    }

    [Fact]
    public void Export_writes_to_out_and_still_takes_the_old_output_spelling_without_showing_it()
    {
        using var store = Firm.Create();
        store.RunAs("dir", "clients", "settings", "--canary-domain", "mail-check.example.ru").ShouldSucceed();
        var a = Path.Combine(store.Directory, "a.csv");
        var b = Path.Combine(store.Directory, "b.csv");
        store.RunAs("dir", "clients", "export", "--out", a).ShouldSucceed();
        store.RunAs("dir", "clients", "export", "--output", b).ShouldSucceed();
        Assert.True(File.Exists(a) && File.Exists(b));
        var help = store.Run("clients", "export", "--help").ShouldSucceed().Out;
        Assert.Contains("--out <FILE>", help);
        Assert.DoesNotContain("--output", help);
    }
}
