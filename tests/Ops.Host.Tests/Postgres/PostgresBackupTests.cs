using System.Diagnostics;
using Ops.Testing;

namespace Ops.Host.Tests.Postgres;

/// <summary><c>ops db backup|check|restore</c> on a PostgreSQL store: a pg_dump archive written as every Ops file is
/// (private, never over another), the checks the server allows, and restore refused with the procedure named.</summary>
public sealed class PostgresBackupTests
{
    private static OpsTestStore StoreWithAClient()
    {
        var store = OpsTestStore.Create(TestEngine.Postgres);
        store.Run("clients", "add", "--inn", "7707083893", "--name", "ООО Альфа").ShouldSucceed();
        return store;
    }

    private static (int Code, string Out, string Err) Tool(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, err.Result);
    }

    private static string Schema(OpsTestStore store) => store.DbPath[(store.DbPath.IndexOf("search_path=", StringComparison.Ordinal) + 12)..];

    [Fact]
    public void A_backup_is_a_private_pg_dump_archive_that_brings_a_dropped_store_back_with_pg_restore()
    {
        using var store = StoreWithAClient();
        var folder = Directory.CreateDirectory(Path.Combine(store.Directory, "backups")).FullName;
        var backup = Path.Combine(folder, "ops.dump");
        store.Run("db", "backup", backup).ShouldSucceed();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backup));
        var listing = Tool("pg_restore", "--list", backup);
        Assert.True(listing.Code == 0, listing.Err);
        Assert.Contains("TABLE DATA " + Schema(store) + " clients_clients", listing.Out);
        var head = store.Run("audit", "head").ShouldSucceed().Out.Trim();

        TestPostgres.Run(TestPostgres.Server, $"DROP SCHEMA {Schema(store)} CASCADE");
        var restored = Tool("pg_restore", "--exit-on-error", "--single-transaction", "--dbname=" + TestPostgres.Server, backup);
        Assert.True(restored.Code == 0, restored.Err);
        Assert.Contains("ООО Альфа", store.Run("clients", "list").ShouldSucceed().Out);
        store.Run("audit", "verify", "--head", head).ShouldSucceed();
    }

    [Fact]
    public void A_backup_never_overwrites_an_earlier_one()
    {
        using var store = StoreWithAClient();
        var backup = Path.Combine(Directory.CreateDirectory(Path.Combine(store.Directory, "backups")).FullName, "ops.dump");
        File.WriteAllText(backup, "yesterday's backup");
        Assert.Equal(6, store.Run("db", "backup", backup).ExitCode);
        Assert.Equal("yesterday's backup", File.ReadAllText(backup));
    }

    [Fact]
    public void Check_passes_a_sound_store_and_finds_a_host_table_handed_to_a_plugins_role_and_an_edited_audit_event()
    {
        using var store = StoreWithAClient();
        Assert.Contains("table owners ok", store.Run("db", "check").ShouldSucceed().Out);

        string clientsRole;
        using (var db = Ops.Host.Store.StoreFactory.Open(store.DbPath))
            clientsRole = db.Scalar<string>("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'clients_clients' AND relnamespace = current_schema()::regnamespace")!;
        store.Sql($"ALTER TABLE ops_staff OWNER TO \"{clientsRole}\"");
        var handed = store.Run("db", "check");
        Assert.Equal(1, handed.ExitCode);
        Assert.Contains("host table ops_staff is owned by plugin role", handed.Err);

        store.Sql("ALTER TABLE ops_staff OWNER TO CURRENT_USER");
        store.Sql("UPDATE ops_audit SET details = 'nothing happened' WHERE id = 2");
        var edited = store.Run("db", "check");
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("audit chain broken", edited.Err);
    }

    [Fact]
    public void Restore_is_refused_on_postgres_naming_pg_restore_and_the_procedure()
    {
        using var store = OpsTestStore.Create(TestEngine.Postgres, bundledPlugins: false);
        var file = Path.Combine(store.Directory, "ops.dump");
        File.WriteAllText(file, "a backup");
        var result = store.Run("db", "restore", file, "--force");
        Assert.Equal(7, result.ExitCode);
        Assert.Contains("pg_restore", result.Err);
        Assert.Contains("docs/scale.md", result.Err);
    }
}
