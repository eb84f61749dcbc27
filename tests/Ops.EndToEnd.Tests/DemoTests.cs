using System.Diagnostics;
using System.IO.Compression;
using Ops.Testing;

namespace Ops.EndToEnd.Tests;

/// <summary>The README's demo command, run exactly as a newcomer would: <c>dotnet run --project samples/demo -- --out DIR</c>
/// from the repository root. The plugins must have been built (the solution build does that).</summary>
[Collection(nameof(RepositoryBuilds))]
public sealed class DemoTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ops-demo-" + Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public void The_readme_demo_writes_what_the_firm_deploys_and_puts_the_departing_accountant_first()
    {
        var (code, stdout, stderr) = Run("dotnet", OpsTestStore.RepoRoot, "run", "--project", "samples/demo", "--", "--out", _dir);
        var why = $"exit {code}\n--- stdout\n{stdout}\n--- stderr\n{stderr}";

        // Anything high makes the report exit 1, and the sample firm has plenty.
        Assert.True(code == 1, why);
        Assert.Contains("demo: the risk report", stderr);

        // The first finding is about the accountant who gave notice last week, named as the director knows her.
        var lines = stdout.Split('\n');
        var first = Array.FindIndex(lines, l => l.TrimStart().StartsWith("1 ", StringComparison.Ordinal));
        Assert.True(first >= 0, why);
        Assert.Contains("ВЫСОКАЯ", lines[first]);
        Assert.Contains("Марина Волкова", lines[first]);
        Assert.DoesNotContain("staff:volkova", stdout);

        // Within a severity, findings about someone who gave notice (every person they name is leaving) come first
        // (RiskRunner.Order), not just by check id; her activity is one finding, not two.
        var report = OpsProcess.Json(File.ReadAllText(Path.Combine(_dir, "risk.json")));
        var high = report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "high").ToList();
        var hers = high.Select(f => f.GetProperty("records").EnumerateArray().Select(r => r.GetString()!).Where(r => r.StartsWith("staff:", StringComparison.Ordinal))
            .ToList() is { Count: > 0 } people && people.All(p => p == "staff:volkova")).ToList();
        Assert.True(hers.Count(h => h) >= 2, why);
        Assert.Equal(hers.OrderByDescending(h => h), hers);
        Assert.Single(high, f => f.GetProperty("check").GetString() == "clients.departing-activity"
            && f.GetProperty("records")[0].GetString() == "staff:volkova");

        // Two saved reports on two dates: a score above 0 and a trend that moved.
        Assert.InRange(report.GetProperty("score").GetInt32(), 1, 99);
        Assert.StartsWith("2026-10-30", report.GetProperty("previous_at").GetString());
        Assert.NotEqual(report.GetProperty("previous_score").GetInt32(), report.GetProperty("score").GetInt32());

        // Mail rules for every target, embedding clients of every team (the director generated them).
        var sieveFiles = Directory.GetFiles(Path.Combine(_dir, "mail", "sieve"), "*.sieve", SearchOption.AllDirectories);
        Assert.NotEmpty(sieveFiles);
        var sieve = string.Concat(sieveFiles.Select(File.ReadAllText));
        foreach (var file in new[] { "postfix/sender_bcc", "postfix/recipient_bcc", "exchange/ops-mail-rules.ps1", "gmail/gmail-routing.txt" })
            Assert.True(new FileInfo(Path.Combine(_dir, "mail", file)).Length > 0, file);
        var clients = Csv.Parse(File.ReadAllText(Path.Combine(OpsTestStore.RepoRoot, "samples", "firm", "clients.csv")));
        foreach (var lead in new[] { "volkova", "smirnova", "pavlova" })
        {
            var domain = clients.First(c => c["lead"] == lead && c["status"] == "active" && c["domains"].Length > 0)["domains"].Split('|')[0];
            Assert.Contains(domain, sieve);
            Assert.Contains("@" + domain, File.ReadAllText(Path.Combine(_dir, "mail", "postfix", "sender_bcc")));
        }

        // The trade-secret documents: firm-wide ones, and an NDA per person as a real DOCX.
        foreach (var doc in new[] { "regulation", "list", "register", "acknowledgment", "client-clause" })
            Assert.Contains("Коммерческая тайна", File.ReadAllText(Path.Combine(_dir, "docs", doc + ".html")), StringComparison.OrdinalIgnoreCase);
        var ndas = Directory.GetFiles(Path.Combine(_dir, "docs", "nda"), "*.docx");
        Assert.Equal(15, ndas.Length);
        using (var docx = ZipFile.OpenRead(Path.Combine(_dir, "docs", "nda", "nda-volkova.docx")))
        using (var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open()))
            Assert.Contains("Волкова", reader.ReadToEnd());

        // Pay statements for the three months, with the departing accountant's lines.
        foreach (var period in new[] { "2026-09", "2026-10", "2026-11" })
        {
            var statement = Csv.Parse(File.ReadAllText(Path.Combine(_dir, "pay", $"statements-{period}.csv")));
            Assert.All(statement, r => Assert.Equal(period, r["period"]));
            Assert.Contains(statement, r => r["login"] == "volkova" && r["rule"] == "total");
        }

        // The director's page: one self-contained file in Russian, naming her, that a browser renders without errors.
        var page = Path.Combine(_dir, "risk.html");
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"ru\"", html);
        Assert.DoesNotContain("src=\"http", html);

        // Her export is a real, fingerprinted file, and the audit chain the demo wrote is intact.
        Assert.True(File.Exists(Path.Combine(_dir, "exported-by-volkova-2026-11-24.csv")));
        var verify = Run(OpsProcess.Executable, _dir, "audit", "verify");
        Assert.True(verify.Code == 0, verify.Err);
        var exports = Run(OpsProcess.Executable, _dir, "audit", "list", "--actor", "volkova", "--action", "clients.export", "--format", "json");
        Assert.True(exports.Code == 0, exports.Err);
        var events = OpsProcess.Json(exports.Out);
        Assert.Equal(1, events.GetArrayLength());
        Assert.StartsWith("2026-11-24", events[0].GetProperty("at").GetString());

        // Her departure plan: steps from the host and the plugins, and the handover the director applied.
        var plan = File.ReadAllText(Path.Combine(_dir, "departure", "plan.txt"));
        foreach (var step in new[] { "ops.grants", "clients.handover", "clients.owner-calls", "calls.lines", "pay.final-statement" })
            Assert.Contains(step, plan);
        var after = OpsProcess.Json(File.ReadAllText(Path.Combine(_dir, "departure", "plan-after-handover.json")));
        Assert.Equal("done", after.EnumerateArray().Single(s => s.GetProperty("step").GetString() == "clients.handover").GetProperty("state").GetString());

        // A second demo into the same folder is refused: the demo never replaces a store.
        var storeBytes = File.ReadAllBytes(Path.Combine(_dir, "store", "ops.db"));
        var again = Demo("--out", _dir);
        Assert.Equal(6, again.Code);
        Assert.Contains("never replaces", again.Err);
        Assert.Equal(storeBytes, File.ReadAllBytes(Path.Combine(_dir, "store", "ops.db")));

        // Last, as it may skip where no browser is installed: the page as Chromium renders it.
        var chromium = Chromium.Find(_dir);
        if (chromium is null) Assert.Skip(Chromium.Missing);
        var png = Path.Combine(_dir, "risk.png");
        var (shot, log) = chromium.Screenshot(page, png);
        Assert.True(shot == 0, log);
        Assert.True(new FileInfo(png).Length > 20_000, "the screenshot is (nearly) empty");
        Assert.Empty(Chromium.ConsoleErrors(log));
        var dom = chromium.Dom(page);
        Assert.Contains("Что исправить в первую очередь", dom);
        Assert.Contains("Марина Волкова", dom);
        Assert.DoesNotContain("staff:volkova", dom);
        Assert.DoesNotContain("client:", dom);
        Assert.Contains("30.10", dom);   // the trend's first date on its axis
        Assert.Contains("26.11", dom);
    }

    [Fact]
    public void The_demo_refuses_a_folder_that_is_not_its_own_and_not_empty()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "keep.txt"), "mine");
        var (code, output, err) = Demo("--out", _dir);
        Assert.True(code == 6, $"exit {code}\n{output}\n{err}");
        Assert.Contains("not empty", err);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_dir, "keep.txt")));
    }

    /// <summary>The demo, as built by the solution build.</summary>
    private (int Code, string Out, string Err) Demo(params string[] args) =>
        Run("dotnet", OpsTestStore.RepoRoot, ["run", "--no-build", "--project", "samples/demo", "--", .. args]);

    /// <summary>Runs a program; <c>ops</c> runs on the demo's store as the demo's admin (OS login "admin").</summary>
    /// <summary>The committed sample files are the generator's output (docs/demo.md): a hand edit to one of them, or a
    /// generator that no longer builds, fails here instead of rotting unseen.</summary>
    [Fact]
    public void The_sample_firm_generator_writes_exactly_the_committed_files()
    {
        Directory.CreateDirectory(_dir);
        var (code, stdout, stderr) = Run("dotnet", OpsTestStore.RepoRoot, "run", "--project", "samples/firm/generator", "--", _dir);
        Assert.True(code == 0, $"exit {code}\n--- stdout\n{stdout}\n--- stderr\n{stderr}");
        var written = Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("demo.ops", written);
        Assert.Contains("clients.csv", written);
        foreach (var name in written)
            Assert.True(File.ReadAllBytes(Path.Combine(_dir, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(OpsTestStore.RepoRoot, "samples", "firm", name!))),
                $"samples/firm/{name} is not what the generator writes: change the generator, not the file");
    }

    private (int Code, string Out, string Err) Run(string program, string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["OPS_DB"] = Path.Combine(_dir, "store", "ops.db");
        psi.Environment["OPS_OS_LOGIN"] = "admin";
        psi.Environment.Remove("OPS_NOW");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(900_000)) { p.Kill(true); throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish"); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
