using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Ops.Sdk.Cli;
using Ops.Sdk.Errors;

namespace Acme.Reports.Tests;

public sealed class PluginTests
{
    private static readonly string PluginDir = Path.Combine(AppContext.BaseDirectory, "plugin");

    [Fact]
    public void The_manifest_names_exactly_the_commands_the_plugin_creates()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(PluginDir, "plugin.json")));
        var declared = manifest.RootElement.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();

        // Building commands touches nothing in the context until an action runs.
        var created = new ReportsPlugin().CreateCommands(null!).Select(c => c.Name).ToList();

        Assert.Equal(declared, created);
    }

    [Fact]
    public void Every_command_has_an_example_that_parses()
    {
        // The plugin's own tree: host-wide options (--as, --db, --out, --delimiter, --bom, --encoding) are not in it.
        var root = new RootCommand();
        foreach (var command in new ReportsPlugin().CreateCommands(null!)) root.Subcommands.Add(command);

        var problems = HelpExamples.Problems(root);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_migrations_create_the_published_view()
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        foreach (var file in Directory.GetFiles(Path.Combine(PluginDir, "migrations"), "*.sql").Order())
        {
            using var migrate = db.CreateCommand();
            migrate.CommandText = File.ReadAllText(file);
            migrate.ExecuteNonQuery();
        }
        using var insert = db.CreateCommand();
        insert.CommandText = "INSERT INTO acme_reports_notes (author, text, created_at) VALUES ('anna', 'Звонок клиенту', '2026-11-26')";
        insert.ExecuteNonQuery();
        using var read = db.CreateCommand();
        read.CommandText = "SELECT text FROM acme_reports_notes_v1";
        Assert.Equal("Звонок клиенту", read.ExecuteScalar());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bell\a")]
    public void A_note_without_text_or_with_control_characters_is_refused(string text) =>
        Assert.Throws<InvalidInputException>(() => Note.Validate(text));

    [Fact]
    public void A_note_is_trimmed() => Assert.Equal("Звонок", Note.Validate("  Звонок \n"));
}
