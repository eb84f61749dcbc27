using System.Text.Json;
using Ops.Samples.Calls.Data;
using Ops.Samples.Calls.Import;

namespace Ops.Samples.Calls.Tests;

public sealed class ParserTests
{
    [Theory]
    [InlineData("89161110003", "+79161110003")]
    [InlineData("79161110003", "+79161110003")]
    [InlineData("+7 (916) 111-00-03", "+79161110003")]
    [InlineData("9161110003", "+79161110003")]
    [InlineData("8 916 111.00.03", "+79161110003")]
    [InlineData("101", null)]
    [InlineData("", null)]
    [InlineData("anonymous", null)]
    [InlineData("+380441234567", null)]
    public void Numbers_are_normalised_like_the_client_registry(string text, string? expected) =>
        Assert.Equal(expected, PhoneNumber.Normalize(text));

    [Theory]
    [InlineData("SIP/101-0000001a", "101")]
    [InlineData("PJSIP/trunk-mts-00000002", "trunk-mts")]
    [InlineData("Local/101@from-internal-00000003;1", "101")]
    [InlineData("", null)]
    public void The_line_is_the_channel_peer(string channel, string? peer) => Assert.Equal(peer, Channel.Peer(channel));

    [Fact]
    public void A_call_between_two_phone_numbers_is_incoming_unless_the_callee_is_a_trunk()
    {
        var trunk = new Dictionary<string, Line> { ["trunk-mts"] = new("trunk-mts", "trunk", null, true, true, null, "2026-11-01") };
        Assert.Equal((Direction.In, (string?)"101", "89161110003"), AsteriskCdr.Sides("89161110003", "74951234567", "trunk-mts", "101", trunk));
        Assert.Equal((Direction.Out, (string?)"101", "89161110003"), AsteriskCdr.Sides("74951234567", "89161110003", "101", "trunk-mts", trunk));
    }

    [Fact]
    public void The_manifest_names_exactly_the_commands_the_plugin_creates()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin", "plugin.json")));
        var declared = manifest.RootElement.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.Equal(declared, new CallsPlugin().CreateCommands(null!).Select(c => c.Name).ToList());
    }
}
