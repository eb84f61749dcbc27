using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ops.Testing;

namespace Ops.EndToEnd.Tests;

/// <summary>The README's "Install on a server" lines, run as they are (as root, into a scratch prefix, with a
/// service account and group of their own), then the departing accountant's attempts through real sudo.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Collection(nameof(RepositoryBuilds))]
public sealed partial class ServerInstallTests : IDisposable
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..5];
    private readonly string _prefix;
    private string Account => "opsci" + _id;
    private string Group => "opsci" + _id + "g";
    private string Accountant => "opsacc" + _id;
    private string Outsider => "opsout" + _id;
    private string Launcher => Path.Combine(_prefix, "usr/local/bin/ops");
    private string Store => Path.Combine(_prefix, "var/lib/ops/ops.db");

    public ServerInstallTests() => _prefix = Path.Combine(Path.GetTempPath(), "ops-server-" + _id);

    [Fact]
    public void The_readme_install_holds_against_a_departing_accountant()
    {
        RequireRootAndSudo();
        var install = Bash(InstallPreamble() + ReadmeInstallBlock());
        Assert.True(install.Code == 0, install.Text);
        Assert.Contains("all", install.Out + install.Err);

        // The layout: the store is the service account's alone; the configuration and launcher are root's.
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Store));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(Store)!));
        Assert.Equal(0, Bash($"visudo -cf /etc/sudoers.d/ops-{Account}").Code);

        // On linux-x64 the tool installed is the package compiled ahead of time, its bundled plugins too.
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            var program = Directory.GetFiles(Path.Combine(_prefix, "usr/local/lib/ops"), "ops.dll", SearchOption.AllDirectories).Single();
            Assert.True(ReadyToRun(program), $"{program} is not ReadyToRun");
            Assert.True(ReadyToRun(Path.Combine(Path.GetDirectoryName(program)!, "plugins/clients/Ops.Clients.dll")), "the bundled clients plugin is not ReadyToRun");
        }

        // The admin (root here, the README's "$(id -un)") sets up an accountant who serves one of two clients.
        Assert.Equal(0, Bash($"useradd --no-create-home {Accountant} && usermod -a -G {Group} {Accountant} && useradd --no-create-home {Outsider}").Code);
        var csv = Path.Combine(_prefix, "clients.csv");
        File.WriteAllText(csv, $"""
            inn,name,monthly_fee,lead,contact_person,contact_phones,contact_emails
            7707083893,ООО Альфа,12500,{Accountant},Иван Петров,+7 912 555-01-12,ivan@alfa.ru
            7728168971,ООО Бета,8000,admin2,Мария Сидорова,+7 903 111-22-33,maria@beta.ru
            """);
        foreach (var line in new[]
                 {
                     $"staff add {Accountant} --name 'Анна Уходящая' --role accountant --team north --hire-date 2025-01-10",
                     "staff add admin2 --name 'Второй Бухгалтер' --role accountant --team south --os-login nobody",
                     $"clients import {csv}",
                     "access grant clients.view --role accountant --scope all",
                     "docs adopt list --date 2026-01-10 --order 1-од",
                     "docs adopt regulation --date 2026-01-10 --order 2-од",
                     $"docs sign --person {Accountant} --doc acknowledgment --date 2026-01-11",
                     $"docs sign --person {Accountant} --doc nda --date 2026-01-11",
                 })
            Ok(Bash($"{Launcher} {line}"));

        // She sees her client's contacts and the other's masked, through sudo as the README says: just "ops".
        var mine = Ok(As(Accountant, $"{Launcher} clients list --format json"));
        var list = JsonDocument.Parse(mine.Out).RootElement;
        Assert.Equal(2, list.GetArrayLength());
        Assert.Contains("ivan@alfa.ru", mine.Out);
        Assert.DoesNotContain("maria@beta.ru", mine.Out);
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("inn").GetString() == "7728168971" && c.GetProperty("contacts_masked").GetBoolean());

        // Commands run as the service account, which cannot write the root-owned program folder: the bundled plugins'
        // hashes are kept beside the store, the account's alone, so a command does not read the plugins again.
        var cache = Store + ".hashes";
        Assert.True(File.Exists(cache), "no hash cache beside the store after plugin commands through sudo");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cache));
        Assert.Equal(Account, Ok(Bash($"stat -c %U {cache}")).Out.Trim());
        Assert.Contains("clients/Ops.Clients.dll", File.ReadAllText(cache));
        var cached = File.GetLastWriteTimeUtc(cache);
        Ok(As(Accountant, $"{Launcher} clients list --format json"));
        Assert.Equal(cached, File.GetLastWriteTimeUtc(cache));   // nothing hashed again, so nothing written
        // A cache someone else could have written is not believed: everything is hashed again and it is replaced.
        File.SetUnixFileMode(cache, File.GetUnixFileMode(cache) | UnixFileMode.GroupWrite);
        Ok(As(Accountant, $"{Launcher} clients list --format json"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cache));
        Assert.NotEqual(cached, File.GetLastWriteTimeUtc(cache));
        // So are the runtime's start-up profiles (multicore JIT), in a folder only the account can enter.
        var profiles = Store + ".jit";
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(profiles));
        Assert.Equal(Account, Ok(Bash($"stat -c %U {profiles}")).Out.Trim());
        Assert.True(File.Exists(Path.Combine(profiles, "clients.jitprofile")), "no start-up profile for clients beside the store");

        // Every way around the rules is refused with exit 4 and a message naming it.
        var sudo = $"sudo -n -u {Account} {Launcher}";
        Refused(As(Accountant, $"{Launcher} --db /tmp/ops-{_id}-mine.db init"), "--db");
        Refused(As(Accountant, $"sudo -n OPS_NOW=2020-01-01T00:00:00Z -u {Account} {Launcher} clients list"), "OPS_NOW");
        Refused(As(Accountant, $"OPS_NOW=2020-01-01T00:00:00Z sudo -n --preserve-env=OPS_NOW -u {Account} {Launcher} clients list"), "OPS_NOW");
        Assert.Equal(2, As(Accountant, $"{sudo} demo --out /tmp/ops-{_id}-demo").Code);   // a server has no demo at all
        Refused(As(Accountant, $"{sudo} --as root clients list"), "admins only");
        Assert.False(File.Exists($"/tmp/ops-{_id}-mine.db"));

        // The store cannot be read around Ops, nor reached by someone outside the group.
        Assert.NotEqual(0, As(Accountant, $"cat {Store} > /dev/null").Code);
        Assert.NotEqual(0, As(Outsider, $"{sudo} clients list").Code);

        // Each refused attempt is in the audit, under her staff login, with her real OS user and uid.
        var uid = int.Parse(Ok(Bash($"id -u {Accountant}")).Out.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var refusals = JsonDocument.Parse(Ok(Bash($"{Launcher} audit list --action access.refused --format json")).Out).RootElement
            .EnumerateArray().Where(e => e.GetProperty("actor").GetString() == Accountant).ToList();
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, e => Assert.Equal(uid, e.GetProperty("os_uid").GetInt32()));
        Assert.All(refusals, e => Assert.Equal(Accountant, e.GetProperty("os_user").GetString()));
        var impersonation = JsonDocument.Parse(Ok(Bash($"{Launcher} audit list --action access.impersonate --format json")).Out).RootElement;
        Assert.Equal(uid, impersonation.EnumerateArray().Single().GetProperty("os_uid").GetInt32());

        // The head saved by root at install is still reached by the chain.
        Ok(Bash($"{Launcher} audit verify --head-file {_prefix}/var/lib/ops-audit-head/head"));

        // The doctor passes on the fresh install and names the fault when the store is opened up.
        Ok(Bash($"{Launcher} doctor"));
        File.SetUnixFileMode(Store, File.GetUnixFileMode(Store) | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var doctor = Bash($"{Launcher} doctor");
        Assert.Equal(1, doctor.Code);
        Assert.Contains("0644", doctor.Out);
        Assert.Contains("chmod 600", doctor.Out);
    }

    /// <summary>True for an assembly with ReadyToRun code (its CLI header names a native-code header).</summary>
    private static bool ReadyToRun(string assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private string InstallPreamble() => $"""
        set -euo pipefail
        cd {OpsTestStore.RepoRoot}
        export OPS_PREFIX={_prefix} OPS_ACCOUNT={Account} OPS_GROUP={Group}
        export PATH={_prefix}/usr/local/bin:$PATH
        sudo() {'{'} "$@"; {'}'}   # the test already runs as root

        """;

    /// <summary>The shell lines between the README's install markers.</summary>
    private static string ReadmeInstallBlock()
    {
        var readme = File.ReadAllText(Path.Combine(OpsTestStore.RepoRoot, "README.md"));
        var block = InstallBlock().Match(readme);
        Assert.True(block.Success, "README.md has no install:begin … install:end block with a ```sh fence");
        return block.Groups[1].Value;
    }

    [GeneratedRegex(@"<!-- install:begin[^>]*-->\s*```sh\n(.*?)```\s*<!-- install:end -->", RegexOptions.Singleline)]
    private static partial Regex InstallBlock();

    private static void RequireRootAndSudo()
    {
        var missing = new[] { "sudo", "visudo", "runuser", "useradd" }.Where(t => !OnPath(t)).ToList();
        var why = Environment.UserName != "root" ? "the test must run as root (it creates users and a sudoers drop-in)"
            : missing.Count > 0 ? $"{string.Join(", ", missing)} missing: apt-get install sudo" : null;
        if (why is null) return;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI installs what this test needs, yet {why}");
        Assert.Skip(why);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin").Append("/sbin")
        .Any(d => File.Exists(Path.Combine(d, tool)));

    private static void Refused(Result result, string what)
    {
        Assert.True(result.Code == 4, $"expected exit 4 (refused) for {what}\n{result.Text}");
        Assert.Contains(what, result.Err);
    }

    private static Result Ok(Result result)
    {
        Assert.True(result.Code == 0, result.Text);
        return result;
    }

    private static Result As(string user, string script) => Run("runuser", "-u", user, "--", "bash", "-c", script);

    private static Result Bash(string script) => Run("bash", "-c", script);

    private static Result Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var v in new[] { "OPS_DB", "OPS_NOW", "OPS_OS_LOGIN", "OPS_CONFIG", "SUDO_USER", "SUDO_UID" }) psi.Environment.Remove(v);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(900_000)) { p.Kill(true); throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish"); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result, $"{program} {string.Join(' ', args)}");
    }

    private sealed record Result(int Code, string Out, string Err, string Command)
    {
        public string Text => $"$ {Command}\nexit {Code}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    public void Dispose()
    {
        if (Environment.UserName != "root" || !Directory.Exists(_prefix)) return;
        Bash($"{OpsTestStore.RepoRoot}/deploy/install.sh --uninstall --purge --prefix {_prefix} --account {Account} --group {Group}; " +
             $"userdel {Accountant}; userdel {Outsider}; rm -rf {_prefix} /tmp/ops-{_id}-*");
    }
}
