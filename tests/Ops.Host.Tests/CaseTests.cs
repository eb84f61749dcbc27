using System.Diagnostics;
using System.Text.Json;
using Ops.Testing;

namespace Ops.Host.Tests;

/// <summary><c>ops case export|verify</c>: the evidence pack about a departing person.</summary>
public sealed class CaseTests
{
    /// <summary>sokolov directs; ivanova (accountant) gave notice on 20 November, her last day is 2 December.</summary>
    private static OpsTestStore Firm()
    {
        var store = OpsTestStore.Create();
        store.Run("firm", "set", "--name", "ООО «Бухэксперт»", "--inn", "7707083893").ShouldSucceed();
        store.AddStaff("sokolov", "director", "", "Соколов Андрей", "sokolov@buh-expert.ru");
        store.AddStaff("ivanova", "accountant", "north", "Иванова Мария", "ivanova@buh-expert.ru");
        store.Run("staff", "leave", "ivanova", "--date", "2026-12-03", "--notice-date", "2026-11-20").ShouldSucceed();
        Assert.Equal(4, store.RunAs("ivanova", "access", "grant", "staff.view", "--person", "ivanova", "--scope", "all").ExitCode);
        return store;
    }

    private static string Export(OpsTestStore store, string name = "pack")
    {
        var dir = Path.Combine(store.Directory, name);
        store.RunAs("sokolov", "case", "export", "ivanova", "--out", dir).ShouldSucceed();
        return dir;
    }

    [Fact]
    public void The_index_names_the_person_and_lists_every_file_of_the_manifest()
    {
        using var store = Firm();
        var dir = Export(store);
        var index = File.ReadAllText(Path.Combine(dir, "index.html"));
        Assert.Contains("Иванова Мария", index);
        Assert.Contains("02.12.2026", index);   // the last working day, the day before access ends
        var listed = File.ReadAllLines(Path.Combine(dir, "SHA256SUMS")).Select(l => l[66..]).ToList();
        Assert.Contains("audit-events.csv", listed);
        Assert.Contains("person.json", listed);
        foreach (var name in listed.Where(n => n != "index.html")) Assert.Contains($"href=\"{name}\"", index);

        using var person = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "person.json")));
        Assert.Equal("2026-12-02", person.RootElement.GetProperty("last_working_day").GetString());
        using var proof = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "audit-proof.json")));
        Assert.True(proof.RootElement.GetProperty("chain_intact").GetBoolean());
        Assert.True(proof.RootElement.GetProperty("events_of_person").GetInt32() >= 1);
        Assert.Contains("access.manage", File.ReadAllText(Path.Combine(dir, "audit-events.csv")));
        Assert.Contains("staff.leave", File.ReadAllText(Path.Combine(dir, "grant-changes.csv")));
    }

    [Fact]
    public void The_pack_is_private_and_its_export_is_audited_with_the_manifest_hash()
    {
        using var store = Firm();
        var dir = Export(store);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dir));
            foreach (var f in Directory.GetFiles(dir)) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f));
        }
        var events = store.Run("audit", "list", "--action", "case.export", "--format", "json").ShouldSucceed().Json();
        var e = Assert.Single(events.EnumerateArray());
        Assert.Contains("SHA256SUMS sha256", e.GetProperty("details").GetString());
    }

    [Fact]
    public void Sha256sum_checks_the_pack_without_ops()
    {
        using var store = Firm();
        var dir = Export(store);
        if (!File.Exists("/usr/bin/sha256sum")) Assert.Skip(ToolSkip.Reason("sha256sum is not installed: apt-get install coreutils"));
        var psi = new ProcessStartInfo("/usr/bin/sha256sum", ["-c", "SHA256SUMS"]) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, output + p.StandardError.ReadToEnd());
        Assert.Contains("index.html: OK", output);
    }

    [Fact]
    public void A_pack_with_one_byte_changed_fails_case_verify()
    {
        using var store = Firm();
        var dir = Export(store);
        store.Run("case", "verify", dir).ShouldSucceed();

        var file = Path.Combine(dir, "audit-events.csv");
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(file, bytes);
        var r = store.Run("case", "verify", dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("audit-events.csv", r.Out);
        Assert.Contains("changed", r.Out);
    }

    [Fact]
    public void A_file_added_to_or_removed_from_a_pack_fails_case_verify()
    {
        using var store = Firm();
        var dir = Export(store);
        File.WriteAllText(Path.Combine(dir, "extra.csv"), "planted\n");
        File.Delete(Path.Combine(dir, "grants.csv"));
        var r = store.Run("case", "verify", dir, "--format", "json");
        Assert.Equal(1, r.ExitCode);
        var states = r.Json().EnumerateArray().ToDictionary(d => d.GetProperty("file").GetString()!, d => d.GetProperty("state").GetString());
        Assert.Equal("added", states["extra.csv"]);
        Assert.Equal("missing", states["grants.csv"]);
    }

    [Fact]
    public void An_accountant_asking_for_a_pack_gets_nothing_and_the_refusal_is_audited()
    {
        using var store = Firm();
        store.AddStaff("petrova", "accountant", "north", "Петрова Анна");
        var dir = Path.Combine(store.Directory, "stolen");
        var r = store.RunAs("petrova", "case", "export", "ivanova", "--out", dir);
        Assert.Equal(4, r.ExitCode);
        Assert.Contains("case.export", r.Err);
        Assert.False(Directory.Exists(dir));
        var denied = store.Run("audit", "list", "--action", "case.export", "--result", "denied", "--format", "json").ShouldSucceed().Json();
        Assert.Equal("petrova", Assert.Single(denied.EnumerateArray()).GetProperty("actor").GetString());
    }

    [Fact]
    public void Export_never_writes_into_a_folder_that_holds_files_or_beside_the_store()
    {
        using var store = Firm();
        var dir = Path.Combine(store.Directory, "busy");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        var r = store.RunAs("sokolov", "case", "export", "ivanova", "--out", dir);
        Assert.Equal(6, r.ExitCode);
        Assert.Single(Directory.GetFiles(dir));

        var beside = store.RunAs("sokolov", "case", "export", "ivanova", "--out", Path.GetDirectoryName(store.DbPath)!);
        Assert.Equal(5, beside.ExitCode);
        Assert.Empty(store.Run("audit", "list", "--action", "case.export", "--format", "json").ShouldSucceed().Json().EnumerateArray());
    }

    [Fact]
    public void A_person_without_a_last_working_day_has_no_pack_and_says_how_to_record_it()
    {
        using var store = Firm();
        var r = store.RunAs("sokolov", "case", "export", "sokolov", "--out", Path.Combine(store.Directory, "p"));
        Assert.Equal(6, r.ExitCode);   // as for her departure plan: the dates HR records come first
        Assert.Contains("ops staff leave sokolov --last-day", r.Err);
        Assert.False(Directory.Exists(Path.Combine(store.Directory, "p")));
    }
}
