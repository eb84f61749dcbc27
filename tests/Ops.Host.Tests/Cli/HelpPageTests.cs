using System.CommandLine;
using Ops.Host.App;
using Ops.Sdk.Cli;
using Ops.Testing;

namespace Ops.Host.Tests.Cli;

public sealed class HelpPageTests
{
    private enum Shade { Light, Dark }

    [Fact]
    public void A_page_shows_usage_arguments_options_commands_and_examples_as_they_are_typed()
    {
        var paint = new Command("paint", "Paint a wall")
        {
            new Argument<string>("wall") { Description = "The wall's id" },
            new Argument<string[]>("extra") { Description = "More walls", Arity = ArgumentArity.ZeroOrMore },
            new Option<Shade>("--shade", "-s") { Description = "How dark", DefaultValueFactory = _ => Shade.Light },
            new Option<string>("--out") { Description = "Where to write", HelpName = "DIR", Required = true }.WithHiddenAliases("-o", "--dir"),
            new Option<bool>("--dry-run") { Description = "Say what would be done", DefaultValueFactory = _ => false },
            new Command("again", "Paint it once more") { new Argument<int>("times") },
        };
        paint.SetAction(_ => 0);
        paint.WithExamples("ops walls paint north   # the north wall", "ops walls paint north south --shade dark");
        var root = new RootCommand("Walls") { new Command("walls", "Walls") { paint } };
        root.Options.Add(new Option<string>("--db") { Description = "The store", HelpName = "PATH", Recursive = true });

        var page = HelpPage.Of(paint, width: null);

        Assert.Equal("""
            Description:
              Paint a wall

            Usage:
              {ROOT} walls paint <wall> [<extra>...] [command] [options]

            Arguments:
              <wall>   The wall's id
              <extra>  More walls

            Options:
              -s, --shade <Dark|Light>  How dark [default: light]
              --out <DIR> (REQUIRED)    Where to write
              --dry-run                 Say what would be done
              -?, -h, --help            Show help and usage information
              --db <PATH>               The store

            Commands:
              again <times>  Paint it once more

            Examples:
              ops walls paint north   # the north wall
              ops walls paint north south --shade dark


            """.Replace("{ROOT}", root.Name), page);
    }

    [Fact]
    public void A_page_is_wrapped_to_the_terminal_width_without_losing_or_cutting_a_word()
    {
        using var store = OpsTestStore.Create();
        var whole = store.Run("clients", "list", "--help").ShouldSucceed().Out;
        store.Environment["COLUMNS"] = "50";
        var wrapped = store.Run("clients", "list", "--help").ShouldSucceed().Out;

        var body = wrapped[..wrapped.IndexOf("\nExamples:\n", StringComparison.Ordinal)];   // examples stay one line each
        Assert.All(body.Split('\n'), line => Assert.True(line.Length < 50 || !line.Trim().Contains(' '), $"too wide: '{line}'"));
        Assert.Equal(Words(whole), Words(wrapped));
        Assert.Contains("  --lead <LOGIN>", wrapped, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_spellings_kept_for_scripts_are_not_shown()
    {
        using var store = OpsTestStore.Create();
        var page = store.Run("mail", "check", "--help").ShouldSucceed().Out;
        Assert.Contains("  --out <DIR> (REQUIRED)  ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("--dir", page, StringComparison.Ordinal);
        Assert.DoesNotContain("-d,", page, StringComparison.Ordinal);
        Assert.NotEqual(Sdk.Errors.ExitCodes.Usage, store.Run("mail", "check", "--target", "sieve", "--dir", store.Directory).ExitCode);   // still parses
    }

    [Fact]
    public void Every_page_of_the_whole_tree_shows_each_option_and_command_it_takes_once()
    {
        using var store = OpsTestStore.Create();
        var (root, _) = store.WholeCommandTree();
        var pages = 0;
        foreach (var command in OpsHelp.Walk(root))
        {
            var page = HelpPage.Of(command, width: null);
            var lines = page.Split('\n');
            foreach (var option in command.Options.Where(o => !o.Hidden))
                Assert.True(lines.Count(l => Row(l).Split(", ").Contains(option.Name)) == 1, $"{command.Name}: {option.Name} not shown once\n{page}");
            foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
                Assert.True(lines.Count(l => Row(l) == sub.Name) == 1, $"{command.Name}: {sub.Name} not shown once\n{page}");
            Assert.DoesNotMatch(@"\[default: [A-Z]", page);
            Assert.DoesNotContain("  /?", page, StringComparison.Ordinal);
            pages++;
        }
        Assert.True(pages > 100, $"only {pages} pages walked");
    }

    /// <summary>The first column of a row: what a line holds before two spaces, without its value placeholder.</summary>
    private static string Row(string line) =>
        line.StartsWith("  ", StringComparison.Ordinal) ? line.Trim().Split("  ")[0].Split(" <")[0].Replace(" (REQUIRED)", "", StringComparison.Ordinal) : "";

    /// <summary>The page's words in order of spelling: wrapping the first column moves words between lines.</summary>
    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
}
