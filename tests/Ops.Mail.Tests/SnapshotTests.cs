using Snapshooter;
using Snapshooter.Xunit3;

namespace Ops.Mail.Tests;

/// <summary>Each target's output for the sample firm, compared with the reviewed snapshot in __snapshots__.
/// Files are stored as lists of lines so that a change reads as a diff.</summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("sieve")]
    [InlineData("postfix")]
    [InlineData("exchange")]
    [InlineData("gmail")]
    public void Target_output_for_the_sample_firm_matches_the_snapshot(string target)
    {
        using var store = MailFirm.Create();
        store.Run("mail", "policy", "set", "--exclude", "petrov").ShouldSucceed();
        var dir = MailFirm.Generate(store, target, "sidorova");
        var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => File.ReadAllText(f).Split('\n'));
        Snapshot.Match(files, new SnapshotNameExtension(target));
    }

    [Fact]
    public void Without_the_registry_every_target_matches_the_snapshot()
    {
        using var store = MailFirm.Create(clients: false);
        MailFirm.DisableClients(store);
        store.Run("mail", "policy", "set", "--free-mail-action", "block").ShouldSucceed();
        var dir = MailFirm.Generate(store, "all", "sidorova");
        var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => File.ReadAllText(f).Split('\n'));
        Snapshot.Match(files);
    }
}
