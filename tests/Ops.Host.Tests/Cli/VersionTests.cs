using Ops.Testing;

namespace Ops.Host.Tests.Cli;

public sealed class VersionTests
{
    [Fact]
    public void Version_lists_the_host_the_sdk_and_every_plugin_enabled_or_not()
    {
        using var store = OpsTestStore.Create();
        store.Run("plugins", "disable", "calls").ShouldSucceed();
        var lines = store.Run("--version").ShouldSucceed().Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^ops \d+\.\d+\.\d+$", lines[0]);
        Assert.Equal($"sdk {Ops.Sdk.SdkInfo.Version.ToString(3)}", lines[1]);
        var plugins = store.Run("plugins", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray().ToList();
        Assert.NotEmpty(plugins);
        foreach (var p in plugins)
            Assert.Contains($"plugin {p.GetProperty("id").GetString()} {p.GetProperty("version").GetString()} ({p.GetProperty("status").GetString()})", lines);
        Assert.Contains(lines, l => l.StartsWith("plugin calls ", StringComparison.Ordinal) && l.EndsWith("(disabled)", StringComparison.Ordinal));
    }
}
