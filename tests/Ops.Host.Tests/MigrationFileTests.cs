using Ops.Host.Store;
using Ops.Sdk.Errors;

namespace Ops.Host.Tests;

public sealed class MigrationFileTests
{
    [Fact]
    public void A_stale_second_file_with_the_same_number_is_refused_not_silently_skipped()
    {
        var dir = Directory.CreateTempSubdirectory("ops-migrations-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "0001_registry.sql"), "CREATE TABLE a (x INTEGER);");
            File.WriteAllText(Path.Combine(dir, "0002_fee_history.sql"), "CREATE TABLE b (x INTEGER);");
            File.WriteAllText(Path.Combine(dir, "0002_reserved.sql"), "SELECT 1;");

            var error = Assert.Throws<InvalidInputException>(() => Migration.FromDirectory(dir));

            Assert.Contains("0002_fee_history", error.Message);
            Assert.Contains("0002_reserved", error.Message);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_postgres_file_beside_the_common_one_is_one_migration_per_engine()
    {
        var dir = Directory.CreateTempSubdirectory("ops-migrations-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "0001_registry.sql"), "-- sqlite");
            File.WriteAllText(Path.Combine(dir, "0001_registry.pg.sql"), "-- postgres");

            Assert.Equal("-- sqlite", Assert.Single(Migration.FromDirectory(dir, StoreEngine.Sqlite)).Sql);
            Assert.Equal("-- postgres", Assert.Single(Migration.FromDirectory(dir, StoreEngine.Postgres)).Sql);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
