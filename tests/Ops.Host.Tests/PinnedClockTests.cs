using Ops.Host.App;
using Ops.Sdk.Errors;

namespace Ops.Host.Tests;

/// <summary>OPS_NOW (demos, tests) takes ISO 8601 in any of its usual forms, and anything the general parser reads.</summary>
public sealed class PinnedClockTests
{
    [Theory]
    [InlineData("2026-11-26T09:00:00Z")]
    [InlineData("2026-11-26T09:00:00.0000000Z")]
    [InlineData("2026-11-26T09:00:00.5Z")]
    [InlineData("2026-11-26T12:00:00+03:00")]
    [InlineData("2026-11-26T09:00Z")]
    [InlineData("2026-11-26T09:00:00")]
    [InlineData("2026-11-26 09:00")]
    [InlineData("11/26/2026 09:00:00")]
    public void OPS_NOW_in_each_form_pins_the_same_instant(string opsNow)
    {
        var now = HostEnvironment.ClockFrom(opsNow).GetUtcNow();
        var expected = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        // The pinned clock runs on from its start, so "now" is the start plus the moments this test took.
        Assert.InRange(now, expected, expected.AddSeconds(30));
    }

    [Fact]
    public void OPS_NOW_that_is_not_a_date_is_refused_with_the_form_to_use()
    {
        var e = Assert.Throws<UsageException>(() => HostEnvironment.ClockFrom("next tuesday"));
        Assert.Contains("OPS_NOW='next tuesday' is not a date-time", e.Message);
        Assert.Contains("ISO 8601", e.Hint);
    }
}
