using Microsoft.Data.Sqlite;
using Ops.Testing;

namespace Ops.EndToEnd.Tests;

public sealed class PlatformTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void Init_staff_grant_impersonation_and_a_tampered_audit_row_end_to_end(TestEngine engine)
    {
        using var ops = new OpsProcess(engine);
        ops.Ok("init", "--sandbox", "--name", "Ирина Админова");
        var me = Environment.UserName;
        ops.Ok("staff", "add", "petrova", "--name", "Анна Петрова", "--role", "accountant", "--team", "север");
        ops.Ok("staff", "add", "lead", "--name", "Олег Лидов", "--role", "team-lead", "--team", "север");
        ops.Ok("access", "grant", "audit.view", "--person", "petrova", "--scope", "team");

        var staff = OpsProcess.Json(ops.Ok("staff", "list", "--format", "json"));
        // init made the OS user who ran it the first admin, under their own login.
        var first = staff.EnumerateArray().Single(s => s.GetProperty("role").GetString() == "admin");
        Assert.Equal(me.ToLowerInvariant(), first.GetProperty("login").GetString());
        Assert.Equal("Ирина Админова", first.GetProperty("full_name").GetString());
        Assert.Equal("Анна Петрова", staff.EnumerateArray().Single(s => s.GetProperty("login").GetString() == "petrova").GetProperty("full_name").GetString());

        // The admin may act as someone else; that person may not.
        Assert.Contains("petrova", ops.Ok("--as", "petrova", "staff", "list"));
        ops.Environment["OPS_OS_LOGIN"] = "petrova";
        var refused = ops.Run("--as", "lead", "staff", "list");
        Assert.Equal(4, refused.Code);
        Assert.Contains("admins only", refused.Err);
        ops.Environment.Remove("OPS_OS_LOGIN");

        Assert.Equal(0, ops.Run("audit", "verify").Code);
        const string tamper = "UPDATE ops_audit SET actor = 'someone-else' WHERE id = 3";
        if (engine == TestEngine.Postgres) TestPostgres.Run(ops.DbPath, tamper);
        else
        {
            using var c = new SqliteConnection($"Data Source={ops.DbPath};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = tamper;
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        var verify = ops.Run("audit", "verify");
        Assert.Equal(1, verify.Code);
        Assert.Contains("BROKEN at event 3", verify.Err);
    }

    [Fact]
    public void Help_works_without_a_store_and_unknown_commands_are_usage_errors()
    {
        using var ops = new OpsProcess();
        var (code, output, _) = ops.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("plugins", output);
        Assert.Equal(2, ops.Run("no-such-command").Code);
    }
}
