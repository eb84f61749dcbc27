using Ops.Host.Store;
using Ops.Sdk.Store;
using Ops.Testing;

namespace Ops.Host.Tests.Postgres;

/// <summary>The store behaves the same on SQLite and PostgreSQL: what a plugin writes and reads through IStore.</summary>
public sealed class StoreEngineTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Dates_decimals_flags_and_big_numbers_read_back_as_they_were_written(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        store.Migrate(null, "CREATE TABLE probe (id INTEGER PRIMARY KEY, day TEXT, amount TEXT, ok INTEGER, big INTEGER, note TEXT)");
        store.Write(() => store.Execute("INSERT INTO probe (day, amount, ok, big, note) VALUES ($Day, $Amount, $Ok, $Big, $Note)",
            new { Day = new DateOnly(2026, 3, 31), Amount = 1234567.89m, Ok = true, Big = 5_000_000_000L, Note = (string?)null }));
        var row = store.Query("SELECT id, day, amount, ok, big, note FROM probe WHERE day = $Day",
            r => (Id: r.Int("id"), Day: r.Date("day"), Amount: r.Money("amount"), Ok: r.Flag("ok"), Big: r.Int("big"), Note: r.TextOrNull("note")),
            new { Day = new DateOnly(2026, 3, 31) }).Single();
        Assert.Equal((1L, new DateOnly(2026, 3, 31), 1234567.89m, true, 5_000_000_000L, (string?)null), row);
        Assert.Equal(1L, store.Scalar<long>("SELECT count(*) FROM probe WHERE ok = $Ok", new { Ok = true }));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_row_inserter_stores_each_value_as_a_named_parameter_would(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        store.Migrate(null, "CREATE TABLE probe (id INTEGER PRIMARY KEY, day TEXT, amount TEXT, ok INTEGER, big INTEGER, note TEXT, code TEXT UNIQUE)");
        object?[] row = [7L, new DateOnly(2026, 3, 31), 1234567.89m, true, 5_000_000_000L, null, "Ёлка 🎄"];
        var inserted = store.Write(() =>
        {
            using var insert = store.Inserter("probe", ["id", "day", "amount", "ok", "big", "note", "code"], skipConflictOn: "code");
            return new[] { insert.Insert(row), insert.Insert([8L, .. row[1..]]), insert.Insert([9L, .. row[1..^1], "ёлка"]) };
        });
        Assert.Equal([true, false, true], inserted);   // the second has the first one's code: skipped, nothing written
        var read = store.Query("SELECT id, day, amount, ok, big, note, code FROM probe WHERE day = $Day ORDER BY id",
            r => (Id: r.Int("id"), Day: r.Date("day"), Amount: r.Money("amount"), Ok: r.Flag("ok"), Big: r.Int("big"), Note: r.TextOrNull("note"), Code: r.Text("code")),
            new { Day = new DateOnly(2026, 3, 31) }).ToList();
        Assert.Equal([(7L, new DateOnly(2026, 3, 31), 1234567.89m, true, 5_000_000_000L, (string?)null, "Ёлка 🎄"),
            (9L, new DateOnly(2026, 3, 31), 1234567.89m, true, 5_000_000_000L, null, "ёлка")], read);
        Assert.Equal(1L, store.Scalar<long>("SELECT count(*) FROM probe WHERE code = $Code", new { Code = "Ёлка 🎄" }));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_row_inserter_refuses_a_row_of_the_wrong_width_a_value_it_cannot_store_and_a_name_that_is_not_an_identifier(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        store.Migrate(null, "CREATE TABLE probe (id INTEGER PRIMARY KEY, note TEXT)");
        Assert.Throws<ArgumentException>(() => store.Inserter("probe; DROP TABLE probe", ["id"]));
        Assert.Throws<ArgumentException>(() => store.Inserter("probe", ["note) VALUES (1); --"]));
        Assert.Throws<ArgumentException>(() => store.Write(() =>
        {
            using var insert = store.Inserter("probe", ["id", "note"]);
            insert.Insert(1L);
        }));
        if (engine == TestEngine.Sqlite)   // PostgreSQL's driver refuses it itself, with its own exception
            Assert.Throws<ArgumentException>(() => store.Write(() =>
            {
                using var insert = store.Inserter("probe", ["id", "note"]);
                insert.Insert(1L, new Uri("https://example.org"));
            }));
        Assert.Equal(0L, store.Scalar<long>("SELECT count(*) FROM probe"));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_prepared_command_is_rebound_by_the_parameter_names_its_sql_uses(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        store.Migrate(null, "CREATE TABLE probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
        store.Write(() =>
        {
            using var insert = store.Command("INSERT INTO probe (note) VALUES ($Note)", new Dictionary<string, object?> { ["Note"] = null });
            insert.Prepare();
            foreach (var note in new[] { "first", "second" })
            {
                insert.Parameters["$Note"].Value = note;
                insert.ExecuteNonQuery();
            }
        });
        Assert.Equal(["first", "second"], store.Query("SELECT note FROM probe ORDER BY id", r => r.GetString(0)));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_row_added_without_an_id_after_rows_given_their_ids_takes_the_next_one(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        store.Migrate(null, "CREATE TABLE probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
        store.Write(() =>
        {
            for (var id = 1; id <= 3; id++) store.Execute("INSERT INTO probe (id, note) VALUES ($Id, 'numbered')", new { Id = id });
        });
        store.Write(() => store.Execute("INSERT INTO probe (note) VALUES ('next')"));
        Assert.Equal(4L, store.Scalar<long>("SELECT id FROM probe WHERE note = 'next'"));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_failed_write_leaves_nothing_and_a_nested_write_joins_the_outer_one(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        using var store = StoreFactory.Open(test.DbPath);
        store.Migrate(null, "CREATE TABLE probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
        Assert.Throws<InvalidOperationException>(() => store.Write(() =>
        {
            store.Execute("INSERT INTO probe (note) VALUES ('outer')");
            store.Write(() => store.Execute("INSERT INTO probe (note) VALUES ('inner')"));
            throw new InvalidOperationException("the work fails after both inserts");
        }));
        Assert.Equal(0L, store.Scalar<long>("SELECT count(*) FROM probe"));
        store.Write(() => store.Execute("INSERT INTO probe (note) VALUES ('kept')"));
        Assert.Equal("kept", store.Scalar<string>("SELECT note FROM probe"));
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Host_migrations_leave_the_audit_chain_and_records_view_working(TestEngine engine)
    {
        using var test = OpsTestStore.Create(engine, bundledPlugins: false);
        test.AddStaff("olga", "accountant");
        test.Run("audit", "verify").ShouldSucceed();
        using var store = StoreFactory.Open(test.DbPath);
        Assert.True(store.Scalar<long>("SELECT count(*) FROM ops_audit_records_v1 WHERE record = 'staff:olga'") >= 1);
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_store_migrated_by_newer_code_is_refused_on_either_engine(TestEngine engine)
    {
        using var store = OpsTestStore.Create(engine, bundledPlugins: false);
        store.Sql("INSERT INTO ops_migrations VALUES ('ops', 99, 'future', '9.0.0', '2030-01-01')");
        var result = store.Run("staff", "list");
        Assert.Equal(7, result.ExitCode);
        Assert.Contains("migration 99", result.Err);
    }
}
