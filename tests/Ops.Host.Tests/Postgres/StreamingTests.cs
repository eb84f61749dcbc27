using Ops.Host.Store;
using Ops.Host.Store.Postgres;
using Ops.Testing;

namespace Ops.Host.Tests.Postgres;

/// <summary>A listing is streamed on both engines: its first rows come before the last is read, and callers may
/// query and write while they go through it, as they do on SQLite.</summary>
public sealed class StreamingTests
{
    /// <summary>Rows after the first cursor batch fail (division by zero): a store that read every row before handing
    /// out the first would fail before any row.</summary>
    private const string FailsLate = "SELECT CASE WHEN g <= 3000 THEN g ELSE 1 / (g - g) END FROM generate_series(1, 10000) g";

    [Fact]
    public void A_listing_hands_out_its_first_rows_before_the_server_has_produced_the_last()
    {
        using var test = OpsTestStore.Create(TestEngine.Postgres, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        Assert.Equal([1, 2, 3], store.Query(FailsLate, r => r.GetInt32(0)).Take(3));
        Assert.Equal([1, 2, 3], store.Read(() => store.Query(FailsLate, r => r.GetInt32(0)).Take(3).ToList()));
        Assert.Equal([1, 2, 3], store.Write(() => store.Query(FailsLate, r => r.GetInt32(0)).Take(3).ToList()));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Two_listings_merged_and_a_write_during_them_work_outside_and_inside_a_transaction(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        store.Migrate(null, "CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
        store.Write(() => store.Execute(
            "INSERT INTO probe (n) WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 2500) SELECT g FROM s"));

        long Merge()
        {
            long sum = 0;
            using var evens = store.Query("SELECT n FROM probe WHERE n % 2 = 0 ORDER BY n", r => r.GetInt64(0)).GetEnumerator();
            foreach (var odd in store.Query("SELECT n FROM probe WHERE n % 2 = 1 ORDER BY n", r => r.GetInt64(0)))
            {
                if (odd == 1001) store.Write(() => store.Execute("INSERT INTO probe (n) VALUES (-1)"));
                sum += odd + (evens.MoveNext() ? evens.Current : 0);
            }
            return sum;
        }

        Assert.Equal(2500L * 2501 / 2, Merge());
        Assert.Equal(2500L * 2501 / 2, store.Write(Merge));
        Assert.Equal(2502L, store.Write(() => store.Query("SELECT n FROM probe", r => r.GetInt64(0)).Count()));   // its own writes seen
    }

    [Fact]
    public void Every_batch_of_a_plugins_streamed_listing_runs_as_the_plugins_role()
    {
        using var test = OpsTestStore.Create(TestEngine.Postgres, bundledPlugins: false);
        var role = "ops_test_role_" + Guid.NewGuid().ToString("N")[..8];
        TestPostgres.Run(test.DbPath, $"CREATE ROLE {role} NOLOGIN");
        try
        {
            using var store = (PostgresStore)StoreFactory.Open(test.DbPath);
            const string users = "SELECT current_user::text FROM generate_series(1, 2500)";
            Assert.All(store.Write(() => store.Stream(users, r => r.GetString(0), null, role).ToList()), user => Assert.Equal(role, user));
            Assert.All(store.Stream(users, r => r.GetString(0), null, role), user => Assert.Equal(role, user));
            Assert.Equal("postgres", store.Scalar<string>("SELECT current_user::text"));
        }
        finally { TestPostgres.Run(test.DbPath, $"DROP ROLE {role}"); }
    }
}
