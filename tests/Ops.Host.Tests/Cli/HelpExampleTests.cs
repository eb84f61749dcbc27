using System.CommandLine;
using System.CommandLine.Help;
using Ops.Host.App;
using Ops.Sdk.Cli;
using Ops.Testing;

namespace Ops.Host.Tests.Cli;

/// <summary>Every help page shows how the command is typed, and every example still parses with the tree the host
/// builds (host commands and every bundled plugin's, the sample calls plugin included), so renaming an option without
/// its examples fails here.</summary>
public sealed class HelpExampleTests
{
    [Fact]
    public void Every_command_of_the_host_and_of_every_bundled_plugin_has_examples_that_parse()
    {
        using var store = OpsTestStore.Create();
        var (root, plugins) = store.WholeCommandTree();
        Assert.Contains("calls", plugins);
        foreach (var name in plugins)
            Assert.True(OpsHelp.Walk(root.Subcommands.Single(c => c.Name == name)).Any(c => c.Action is not null and not HelpAction),
                $"plugin command '{name}' was not loaded, so its examples were not checked");
        var problems = HelpExamples.Problems(root);
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void A_command_without_an_example_is_named()
    {
        var root = Tree(out _);
        Assert.Equal(["ops clients list: no example (add .WithExamples(\"ops clients list …\") where the command is built)"], HelpExamples.Problems(root));
    }

    [Fact]
    public void An_example_with_a_renamed_option_is_named()
    {
        var root = Tree(out var list);
        list.WithExamples("ops clients list --formt csv");
        var problem = Assert.Single(HelpExamples.Problems(root));
        Assert.StartsWith("ops clients list: example does not parse (", problem, StringComparison.Ordinal);
        Assert.EndsWith("): ops clients list --formt csv", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ops clients show 7", "example does not begin with 'ops clients list'")]
    [InlineData("clients list", "example does not begin with 'ops clients list'")]
    [InlineData("ops clients list --status", "example does not parse")]
    public void An_example_of_another_command_or_an_incomplete_one_is_named(string example, string expected)
    {
        var root = Tree(out var list);
        list.WithExamples(example);
        Assert.Contains(expected, Assert.Single(HelpExamples.Problems(root)), StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_comments_and_redirections_are_read_as_a_shell_reads_them()
    {
        var root = Tree(out var list);
        var status = list.Options.OfType<Option<string>>().Single(o => o.Name == "--status");
        list.WithExamples("ops clients list --status 'на паузе' --format csv > clients.csv   # quoted words stay one",
            "ops clients list --status \"active\" | less");
        Assert.Empty(HelpExamples.Problems(root));
        Assert.Equal("на паузе", root.Parse(["clients", "list", "--status", "на паузе"]).GetValue(status));
    }

    [Fact]
    public void A_help_page_ends_with_the_commands_examples()
    {
        using var store = OpsTestStore.Create();
        var page = store.Run("clients", "list", "--help").ShouldSucceed().Out;
        var examples = page[(page.IndexOf("\nExamples:\n", StringComparison.Ordinal) + 11)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.StartsWith("  ops clients list", e, StringComparison.Ordinal));
    }

    [Fact]
    public void The_comments_of_a_pages_examples_line_up()
    {
        var command = new Command("list").WithExamples("ops clients list   # all but the left", "ops clients list --key   # key clients only",
            "ops clients list --status any --format csv --delimiter ';' --bom --out clients.csv   # for Russian Excel");
        var page = HelpPage.Of(command, width: null);
        Assert.EndsWith("\nExamples:\n" +
                        "  ops clients list         # all but the left\n" +
                        "  ops clients list --key   # key clients only\n" +
                        "  ops clients list --status any --format csv --delimiter ';' --bom --out clients.csv   # for Russian Excel\n\n", page, StringComparison.Ordinal);
    }

    private static RootCommand Tree(out Command list)
    {
        list = new Command("list", "List clients") { new Option<string>("--status"), new Option<string>("--format") };
        list.SetAction(_ => 0);
        var show = new Command("show") { new Argument<int>("id") };
        show.SetAction(_ => 0);
        show.WithExamples("ops clients show 7");
        var root = new RootCommand { new Command("clients") { list, show } };
        return root;
    }
}
