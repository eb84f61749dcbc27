using System.Diagnostics;
using System.Text.Json;
using Ops.Testing;

namespace Ops.Mail.Tests;

/// <summary>The real programs that judge the generated files. Each Require* skips the test with the install hint
/// when its program is missing (and fails it under CI: <see cref="ToolSkip"/>).</summary>
internal static class Tools
{
    public sealed record Run(int ExitCode, string Out, string Err)
    {
        public string All => Out + Err;
    }

    public static string RequireProgram(string name, string install)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/usr/bin", "/sbin"]))
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        Assert.Skip(ToolSkip.Reason($"{name} is not installed: {install}"));
        return "";
    }

    public static Run Exec(string program, IEnumerable<string> args, string? workDir = null)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workDir is not null) psi.WorkingDirectory = workDir;
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return new Run(p.ExitCode, stdout.Result, stderr);
    }

    /// <summary>The generated before-scripts of a sieve output folder, in the order Dovecot runs them.</summary>
    public static string[] SieveScripts(string outDir) =>
        Directory.GetFiles(Path.Combine(outDir, "ops-mail.d"), "*.sieve").Order(StringComparer.Ordinal).ToArray();

    /// <summary>sievec compiles the script (into a temporary binary).</summary>
    public static Run Sievec(string script)
    {
        var sievec = RequireProgram("sievec", "apt-get install dovecot-sieve");
        var binary = Path.Combine(Path.GetTempPath(), "ops-mail-" + Guid.NewGuid().ToString("N") + ".svbin");
        try { return Exec(sievec, [script, binary]); }
        finally { File.Delete(binary); }
    }

    /// <summary>Runs sieve-test on a message with the given envelope: the generated scripts run as before-scripts
    /// (-s, in Dovecot's order) ahead of an empty personal script, as the unprivileged user opstest when run as root
    /// (sieve-test refuses root). Files are copied to a folder that user can read.</summary>
    public static Run SieveTest(string outDir, string message, string recipient, string sender)
    {
        var sieveTest = RequireProgram("sieve-test", "apt-get install dovecot-sieve");
        var dir = Path.Combine(Path.GetTempPath(), "ops-mail-sieve-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var args = new List<string> { "-r", recipient, "-f", sender };
            var files = new List<string>();
            foreach (var script in SieveScripts(outDir))
            {
                var copy = Path.Combine(dir, Path.GetFileName(script));
                File.Copy(script, copy);
                files.Add(copy);
                args.AddRange(["-s", copy]);
            }
            var personal = Path.Combine(dir, "personal.sieve");
            var m = Path.Combine(dir, "message.eml");
            File.WriteAllText(personal, "");
            File.WriteAllText(m, message.ReplaceLineEndings("\r\n"));
            files.AddRange([personal, m]);
            args.AddRange([personal, m]);
            if (OperatingSystem.IsWindows() || Environment.UserName != "root") return Exec(sieveTest, args, dir);
            var runuser = RequireProgram("runuser", "apt-get install util-linux");
            if (Exec("id", ["opstest"]).ExitCode != 0) Assert.Skip(ToolSkip.Reason("user opstest is missing: useradd --system --no-create-home opstest (as .ci/setup does)"));
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
            foreach (var f in files) File.SetUnixFileMode(f, (UnixFileMode)0b110_100_100);
            return Exec(runuser, ["-u", "opstest", "--", sieveTest, .. args], dir);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>After every script ran, the message is still kept (delivered to the inbox).</summary>
    public static void AssertKept(Run r)
    {
        var last = r.Out[r.Out.LastIndexOf("## Executing script", StringComparison.Ordinal)..];
        Assert.True(last.TrimEnd().EndsWith("* keep", StringComparison.Ordinal), "message not kept:\n" + r.Out);
        Assert.DoesNotContain("discard", r.Out.Split("START MESSAGE")[0]);
    }

    /// <summary>A message from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static string Message(string from, string to, string subject = "Report") => $"""
        From: <{from}>
        To: <{to}>
        Subject: {subject}
        Message-ID: <{Guid.NewGuid():N}@test>
        Date: Thu, 26 Nov 2026 09:00:00 +0000

        Hello.

        """;

    /// <summary>postmap compiles the map (with an empty configuration folder, so no Postfix install is touched).</summary>
    public static Run Postmap(string map)
    {
        var postmap = RequireProgram("postmap", "apt-get install postfix");
        return Exec(postmap, ["-c", ConfigDir(), "hash:" + map]);
    }

    /// <summary>The result of the lookups Postfix makes for an address in a BCC map: user@domain, then @domain
    /// (we never write bare user keys). Null when nothing matches.</summary>
    public static string? PostmapQuery(string table, string address)
    {
        var postmap = RequireProgram("postmap", "apt-get install postfix");
        foreach (var key in new[] { address, address[address.IndexOf('@')..] })
        {
            var r = Exec(postmap, ["-c", ConfigDir(), "-q", key, table]);
            if (r.ExitCode == 0) return r.Out.Trim();
            Assert.True(r.ExitCode == 1, "postmap -q failed: " + r.All);
        }
        return null;
    }

    /// <summary>The value of exactly <paramref name="key"/>, or null.</summary>
    public static string? PostmapKey(string table, string key)
    {
        var r = Exec(RequireProgram("postmap", "apt-get install postfix"), ["-c", ConfigDir(), "-q", key, table]);
        return r.ExitCode == 0 ? r.Out.Trim() : null;
    }

    private static string ConfigDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ops-mail-postfix-conf");
        Directory.CreateDirectory(dir);
        var cf = Path.Combine(dir, "main.cf");
        if (!File.Exists(cf)) File.WriteAllText(cf, "");
        return dir;
    }

    /// <summary>Parses a PowerShell script with the PowerShell dotnet tool's parser: errors, the names of the
    /// commands it would run, and every string constant.</summary>
    public static (string[] Errors, string[] Commands, string[] Strings) ParsePowerShell(string script)
    {
        var dotnet = RequireProgram("dotnet", "install the .NET SDK");
        var manifest = Path.Combine(OpsTestStore.RepoRoot, ".config", "dotnet-tools.json");
        if (!File.Exists(manifest)) Assert.Skip(ToolSkip.Reason("the PowerShell tool manifest .config/dotnet-tools.json is missing"));
        const string code = """
            $t = $null; $e = $null
            $ast = [System.Management.Automation.Language.Parser]::ParseFile($env:OPS_PS_FILE, [ref]$t, [ref]$e)
            $cmds = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() })
            $strs = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.StringConstantExpressionAst] }, $true) | ForEach-Object { $_.Value })
            [pscustomobject]@{ errors = @($e | ForEach-Object { $_.ToString() }); commands = $cmds; strings = $strs } | ConvertTo-Json -Depth 3 -Compress
            """;
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = OpsTestStore.RepoRoot };
        foreach (var a in new[] { "tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-Command", code }) psi.ArgumentList.Add(a);
        psi.Environment["OPS_PS_FILE"] = script;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0 && stderr.Contains("restore", StringComparison.OrdinalIgnoreCase))
            Assert.Skip(ToolSkip.Reason("the PowerShell dotnet tool is not restored: dotnet tool restore"));
        Assert.True(p.ExitCode == 0, "pwsh failed: " + stderr);
        using var doc = JsonDocument.Parse(stdout.Result);
        string[] Strings(string name) => doc.RootElement.GetProperty(name) switch
        {
            { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(x => x.GetString() ?? "").ToArray(),
            { ValueKind: JsonValueKind.Null } => [],
            var one => [one.GetString() ?? ""],
        };
        return (Strings("errors"), Strings("commands"), Strings("strings"));
    }
}
