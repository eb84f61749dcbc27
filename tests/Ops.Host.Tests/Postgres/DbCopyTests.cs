using Ops.Testing;

namespace Ops.Host.Tests.Postgres;

/// <summary><c>ops db copy --to</c>: a firm moves from SQLite to PostgreSQL and back with every table and its audit chain.</summary>
public sealed class DbCopyTests
{
    private const string Inn = "7707083893";

    [Fact]
    public void A_firm_moves_to_postgres_and_back_with_its_clients_and_the_same_audit_head()
    {
        using var sqlite = OpsTestStore.Create();
        sqlite.AddStaff("olga", "accountant");
        sqlite.Run("clients", "add", "--inn", Inn, "--name", "ООО Альфа").ShouldSucceed();
        sqlite.Run("clients", "contacts", "add", Inn, "Пётр Новиков", "--phone", "+79161234567").ShouldSucceed();
        using var postgres = OpsTestStore.Empty(TestEngine.Postgres);

        var copied = sqlite.Run("db", "copy", "--to", postgres.DbPath).ShouldSucceed();
        var head = sqlite.Run("audit", "head").ShouldSucceed().Out.Trim();
        Assert.Contains(head, copied.Err);
        postgres.Run("audit", "verify").ShouldSucceed();
        Assert.Equal(head, postgres.Run("audit", "head").ShouldSucceed().Out.Trim());
        Assert.Contains("\"contact_id\": 1", postgres.Run("clients", "contacts", "list", Inn, "--format", "json").ShouldSucceed().Out);
        postgres.Run("clients", "add", "--inn", "7702070139", "--name", "ООО Бета").ShouldSucceed();   // ids go on after the copied ones

        var back = Path.Combine(sqlite.Directory, "back", "ops.db");
        postgres.Run("db", "copy", "--to", back).ShouldSucceed();
        Assert.Equal(postgres.Run("audit", "head").ShouldSucceed().Out.Trim(), sqlite.Run("--db", back, "audit", "head").ShouldSucceed().Out.Trim());
        Assert.Contains("7702070139", sqlite.Run("--db", back, "clients", "list", "--format", "json").ShouldSucceed().Out);
    }

    [Fact]
    public void Copy_refuses_a_target_that_already_holds_a_store()
    {
        using var sqlite = OpsTestStore.Create(bundledPlugins: false);
        using var postgres = OpsTestStore.Create(TestEngine.Postgres, bundledPlugins: false);
        var result = sqlite.Run("db", "copy", "--to", postgres.DbPath);
        Assert.Equal(6, result.ExitCode);
        Assert.Contains("already holds an Ops store", result.Err);
        Assert.Equal(6, sqlite.Run("db", "copy", "--to", sqlite.DbPath).ExitCode);
    }

    [Fact]
    public void Only_an_admin_may_copy_the_store()
    {
        using var sqlite = OpsTestStore.Create(bundledPlugins: false);
        sqlite.AddStaff("olga", "accountant");
        using var postgres = OpsTestStore.Empty(TestEngine.Postgres, bundledPlugins: false);
        Assert.Equal(4, sqlite.RunAs("olga", "db", "copy", "--to", postgres.DbPath).ExitCode);
    }
}
