using Ops.Host.App;

namespace Ops.Host.Tests;

public sealed class JitProfileNameTests
{
    [Theory]
    [InlineData("clients", "clients.jitprofile")]
    [InlineData("plugins", "plugins.jitprofile")]
    [InlineData(null, "ops.jitprofile")]
    [InlineData("ООО Ромашка", "ops.jitprofile")]
    [InlineData("../../var/lib/ops/ops.db", "ops.jitprofile")]
    [InlineData("7707083893", "ops.jitprofile")]
    [InlineData("Clients", "ops.jitprofile")]
    public void A_profile_is_named_after_a_command_name_and_never_after_other_text(string? firstWord, string expected) =>
        Assert.Equal(expected, JitProfile.ProfileName(firstWord));
}
