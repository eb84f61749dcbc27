using System.Globalization;
using Ops.Testing;

namespace Ops.Host.Tests.Cli;

/// <summary>Parse errors look like every other error, name no .NET type and exit 2; help is one language.</summary>
public sealed class ParseErrorTests
{
    [Fact]
    public void A_bad_format_names_the_option_and_the_values_not_a_dotnet_type()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var r = store.Run("staff", "list", "--format", "xml");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("ops: error: --format 'xml' is not one of table, json, csv, xlsx", r.Err.Split('\n')[0]);
        Assert.Contains("hint: see 'ops staff list --help' for usage and examples", r.Err);
        Assert.DoesNotContain("Ops.Sdk", r.Err);
    }

    [Fact]
    public void A_number_that_is_not_one_says_what_was_expected()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var r = store.Run("audit", "list", "--limit", "ten");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("ops: error: --limit 'ten' is not a whole number", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", r.Err);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_in_the_same_form()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var r = store.Run("staff", "lsit");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("ops: error: ", r.Err, StringComparison.Ordinal);
        Assert.Contains("hint: see 'ops staff --help'", r.Err);
    }

    [Fact]
    public void Ops_alone_lists_the_commands()
    {
        using var store = OpsTestStore.Create();
        var r = store.Run().ShouldSucceed();
        Assert.DoesNotContain("Required command", r.Out + r.Err);
        Assert.Contains("Commands:", r.Out);
        Assert.Contains("clients", r.Out);
        Assert.Contains("staff", r.Out);
    }

    [Fact]
    public void A_group_alone_shows_its_subcommands()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var r = store.Run("staff").ShouldSucceed();
        Assert.Contains("leave", r.Out);
    }

    [Fact]
    public void Defaults_are_shown_as_they_are_typed()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var help = store.Run("staff", "list", "--help").ShouldSucceed().Out;
        Assert.Contains("[default: table]", help);
        Assert.DoesNotContain("[default: Table]", help);
    }

    [Fact]
    public void Help_under_a_russian_locale_is_english_throughout()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ru-RU");
        try
        {
            var help = store.Run("staff", "list", "--help").ShouldSucceed().Out;
            Assert.Contains("Usage:", help);
            Assert.Contains("Options:", help);
            Assert.DoesNotContain("Использование", help);
            var error = store.Run("staff", "list", "--bogus").Err;
            Assert.DoesNotMatch("[а-яА-Я]", error);
        }
        finally { CultureInfo.CurrentUICulture = culture; }
    }
}
