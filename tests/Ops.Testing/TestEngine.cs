using Npgsql;

namespace Ops.Testing;

/// <summary>The engines a test store can live in: every store test that takes one runs on both.</summary>
public enum TestEngine
{
    Sqlite,
    Postgres,
}

/// <summary>The engine matrix for theories: <c>[Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]</c>.</summary>
public static class Engines
{
    /// <summary>One row per engine (plain rows, so Ops.Testing needs no reference to xunit).</summary>
    public static IEnumerable<object[]> Both => [[TestEngine.Sqlite], [TestEngine.Postgres]];
}

/// <summary>The PostgreSQL server the tests use: <c>OPS_TEST_POSTGRES</c> (a <c>postgres://</c> URL; .ci/run starts one
/// with .ci/postgres). Each test store is a schema of its own, dropped when the test ends. Without the variable a
/// PostgreSQL test skips, naming what to install; under CI it fails (<see cref="ToolSkip"/>).</summary>
public static class TestPostgres
{
    public const string Variable = "OPS_TEST_POSTGRES";

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url
        ? url
        : throw new SkipTest(ToolSkip.Reason(
            $"a PostgreSQL server for the store tests: apt-get install postgresql, then .ci/postgres start && eval \"$(.ci/postgres env)\" (sets {Variable})"));

    /// <summary>A new empty schema on the server, and the store setting that names it.</summary>
    public static (string Schema, string Setting) NewSchema()
    {
        var server = Server;
        var schema = "ops_test_" + Guid.NewGuid().ToString("N")[..12];
        Run(server, $"CREATE SCHEMA {schema}");
        return (schema, $"{server}{(server.Contains('?') ? '&' : '?')}search_path={schema}");
    }

    public static void DropSchema(string schema) => Run(Server, $"DROP SCHEMA IF EXISTS {schema} CASCADE");

    /// <summary>Runs SQL on the store the setting names, around Ops.</summary>
    public static void Run(string setting, string sql)
    {
        using var connection = new NpgsqlConnection(Ops.Host.Store.Postgres.PostgresTarget.Parse(setting).ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>Skips the running test (xunit v3 treats an exception with this message prefix as a dynamic skip).</summary>
public sealed class SkipTest(string reason) : Exception("$XunitDynamicSkip$" + reason);
