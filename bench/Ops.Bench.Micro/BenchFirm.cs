using Ops.Bench.DataGen;
using Ops.Testing;

namespace Ops.Bench.Micro;

/// <summary>A store with a generated firm (the data generator's files, loaded through the real commands), shared by
/// the in-process benchmarks: 50 staff, 2,000 clients, 20,000 pay tasks in 2026-10, 10,000 audit events.</summary>
internal sealed class BenchFirm : IDisposable
{
    public const int Staff = 50, Clients = 2000, Tasks = 20_000, AuditEvents = 10_000;

    public OpsTestStore Store { get; }

    public BenchFirm()
    {
        Store = OpsTestStore.Create();
        var data = Path.Combine(Store.Directory, "data");
        var options = Options.Parse(["--seed", "1", "--out", data, "--staff", $"{Staff}", "--clients", $"{Clients}", "--tasks", $"{Tasks}"]);
        var firm = new Firm(options);
        Directory.CreateDirectory(data);
        StaffSql.Write(Path.Combine(data, "staff.sql"), firm);
        ClientsCsv.Write(Path.Combine(data, "clients.csv"), firm, options);
        PayFiles.Write(data, firm, options);
        Store.Sql(File.ReadAllText(Path.Combine(data, "staff.sql")));
        Ok("firm", "set", "--name", "Bench", "--domain", "firm.example", "--archive-mailbox", "archive@firm.example",
            "--shared-mailbox", "office@firm.example", "--address", "Москва", "--director", "Директор Д. Д.");
        foreach (var doc in new[] { "nda", "acknowledgment" })
            Ok("docs", "sign", "--person", "dir1", "--doc", doc, "--date", "2026-11-01");
        Ok("clients", "import", Path.Combine(data, "clients.csv"));
        foreach (var line in File.ReadAllLines(Path.Combine(data, "regulations.txt")))
            Ok(["pay", "regulations", "add", .. line.Split(' ')]);
        Ok("--as", "dir1", "pay", "plans", "add", Path.Combine(data, "plan.yaml"));
        Ok("pay", "tasks", "import", Path.Combine(data, "tasks-2026-10.csv"));
        AuditWriter.Append(Store.DbPath, AuditEvents, 1);
    }

    /// <summary>Runs a command as the store's admin (or with --as) and insists on success.</summary>
    public string Ok(params string[] args) => Store.Run(args).ShouldSucceed().Out;

    /// <summary>Runs a command as a staff member (their OS login equals their staff login).</summary>
    public string As(string login, params string[] args) => Store.RunAs(login, args).ShouldSucceed().Out;

    public void Dispose() => Store.Dispose();
}
