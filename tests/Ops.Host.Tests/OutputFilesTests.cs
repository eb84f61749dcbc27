using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary>The one mechanism every file Ops writes goes through (exports, reports, documents, mail rules, backups).</summary>
public sealed class OutputFilesTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _dir = Directory.CreateTempSubdirectory("ops-files-").FullName;
    private string StoreFolder => Directory.CreateDirectory(Path.Combine(_dir, "store")).FullName;
    private string Store => Path.Combine(StoreFolder, "ops.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_store_its_wal_and_its_folder_are_never_written_even_with_force()
    {
        File.WriteAllText(Store, "the store");
        var files = new OutputFiles([Store]);
        foreach (var target in new[] { Store, Store + "-wal", Store + "-shm", Path.Combine(StoreFolder, "x.csv"), Path.Combine(StoreFolder, "sub", "x.csv") })
        {
            Assert.Throws<InvalidInputException>(() => files.WriteText(target, "stolen", force: true));
        }
        Assert.Equal("the store", File.ReadAllText(Store));
        Assert.Equal(["ops.db"], Directory.GetFileSystemEntries(StoreFolder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_symlink_to_the_store_folder_does_not_reach_the_store()
    {
        File.WriteAllText(Store, "the store");
        var link = Path.Combine(_dir, "innocent");
        Directory.CreateSymbolicLink(link, StoreFolder);
        Assert.Throws<InvalidInputException>(() => new OutputFiles([Store]).WriteText(Path.Combine(link, "ops.db"), "stolen", force: true));
        Assert.Equal("the store", File.ReadAllText(Store));
    }

    [Fact]
    public void An_existing_file_is_never_overwritten_without_force()
    {
        var target = Path.Combine(_dir, "report.csv");
        File.WriteAllText(target, "earlier work");
        var files = new OutputFiles([Store]);
        var e = Assert.Throws<ConflictException>(() => files.WriteText(target, "new"));
        Assert.Contains("--force", e.Hint);
        Assert.Equal("earlier work", File.ReadAllText(target));
        files.WriteText(target, "new", force: true);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void A_replaced_0644_file_becomes_private_and_new_folders_are_0700()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("Unix modes");
        var target = Path.Combine(_dir, "a", "b", "report.csv");
        Directory.CreateDirectory(Path.Combine(_dir, "a"));
        var files = new OutputFiles([Store]);
        files.WriteText(target, "one");
        File.SetUnixFileMode(target, Private | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        files.WriteText(target, "two", force: true);
        Assert.Equal(Private, File.GetUnixFileMode(target));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_dir, "a", "b")));
    }

    [Fact]
    public void An_interrupted_write_leaves_no_torn_file_and_keeps_the_earlier_good_one()
    {
        var target = Path.Combine(_dir, "nda-anna.docx");
        File.WriteAllText(target, "earlier good document");
        var files = new OutputFiles([Store]);
        Assert.Throws<IOException>(() => files.Write(target, s =>
        {
            s.Write("half a docu"u8);
            throw new IOException("killed");
        }, force: true));
        Assert.Equal("earlier good document", File.ReadAllText(target));
        Assert.Equal(["nda-anna.docx"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Where(n => n != "store"));
    }

    [Fact]
    public void Risk_out_never_overwrites_the_store_and_writes_a_private_report()
    {
        using var store = OpsTestStore.Create(bundledPlugins: false);
        Assert.Equal(5, store.Run("risk", "--format", "html", "--out", store.DbPath, "--force").ExitCode);
        store.Run("staff", "show", "admin").ShouldSucceed();
        var file = Path.Combine(store.Directory, "risk.html");
        Assert.True(store.Run("risk", "--format", "html", "--out", file).ExitCode is 0 or 1);
        if (!OperatingSystem.IsWindows()) Assert.Equal(Private, File.GetUnixFileMode(file));
        Assert.Equal(6, store.Run("risk", "--format", "html", "--out", file).ExitCode);
    }
}
