using System.Diagnostics;
using Ops.Testing;

namespace Ops.EndToEnd.Tests;

/// <summary>The built <c>ops</c> on a real terminal: a tmux pane 80 columns wide.</summary>
public sealed class TerminalTests
{
    [Fact]
    public void At_80_columns_no_line_of_clients_list_plugins_list_or_risk_is_wider_than_the_terminal()
    {
        if (Which("tmux") is null) Assert.Skip(ToolSkip.Reason("tmux is not installed: apt-get install -y tmux"));
        using var ops = new OpsProcess();
        ops.Environment["OPS_NOW"] = "2026-11-26T09:00:00Z";
        ops.Ok("init", "--sandbox", "--name", "Ирина Админова");
        ops.Ok("staff", "add", "volkova", "--name", "Светлана Волкова", "--role", "accountant", "--team", "north");
        var csv = Path.Combine(ops.Directory, "clients.csv");
        File.WriteAllText(csv, "inn,name,monthly_fee,lead,contact_person,contact_phones,contact_emails,domains\n" +
            "7707083893,ООО «Очень длинное наименование клиента Альфа-Бета-Гамма Консалтинг и партнёры»,12500,volkova," +
            "Иван Сергеевич Петров-Водкин,+7 912 555-01-12|+7 912 555-01-13,ivan.petrov.the.long.name@alfa-consulting-partners.ru,alfa.ru\n" +
            "7728168971,株式会社ベータ東京支社 (Бета),8000,volkova,李小龍,+7 903 111-22-33,li@beta.ru,beta.ru\n");
        ops.Ok("clients", "import", csv);

        var script = Path.Combine(ops.Directory, "run.sh");
        var env = string.Join(' ', new[] { $"OPS_DB={ops.DbPath}", "OPS_NOW=2026-11-26T09:00:00Z" }.Select(Quote));
        File.WriteAllText(script, $"""
            export {env}
            unset COLUMNS
            {Quote(OpsProcess.Executable)} clients list
            {Quote(OpsProcess.Executable)} plugins list
            {Quote(OpsProcess.Executable)} risk
            {Quote(OpsProcess.Executable)} clients list --format xlsx; echo "xlsx-exit=$?"
            """);
        var socket = "ops-test-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            Tmux(socket, "new-session", "-d", "-x", "80", "-y", "50", "-s", "t",
                $"bash {Quote(script)} 2>&1; tmux -L {socket} wait-for -S done; sleep 120");
            Tmux(socket, "set-option", "-t", "t", "history-limit", "5000");
            Tmux(socket, "wait-for", "done");
            var pane = Tmux(socket, "capture-pane", "-p", "-J", "-S", "-", "-t", "t");   // -J: wrapped lines joined back
            Assert.Contains("NAME", pane);
            Assert.Contains("Score", pane);
            var wide = pane.Split('\n').Where(l => DisplayWidthOf(l) > 80).ToList();
            Assert.True(wide.Count == 0, "lines wider than 80:\n" + string.Join('\n', wide));
            Assert.Contains("xlsx output is not for a terminal", pane);
            Assert.Contains("xlsx-exit=2", pane);
            var coloured = Tmux(socket, "capture-pane", "-p", "-e", "-J", "-S", "-", "-t", "t");   // -e: with the escape sequences
            Assert.Contains(coloured.Split('\n'), l => l.Contains("[HIGH]", StringComparison.Ordinal) && l.Contains('\u001b'));
        }
        finally
        {
            try { Tmux(socket, "kill-server"); } catch (InvalidOperationException) { }
        }
    }

    [Fact]
    public void An_import_on_a_terminal_shows_its_progress_on_stderr_and_takes_the_line_off_when_done()
    {
        if (Which("tmux") is null) Assert.Skip(ToolSkip.Reason("tmux is not installed: apt-get install -y tmux"));
        using var ops = new OpsProcess();
        ops.Ok("init", "--sandbox", "--name", "Ирина Админова");
        ops.Ok("staff", "add", "volkova", "--name", "Светлана Волкова", "--role", "accountant", "--team", "north");
        var csv = Path.Combine(ops.Directory, "clients.csv");
        File.WriteAllText(csv, ManyClients.Csv(10_000, "volkova"));
        var script = Path.Combine(ops.Directory, "run.sh");
        File.WriteAllText(script, $"export OPS_DB={Quote(ops.DbPath)}\n{Quote(OpsProcess.Executable)} clients import {Quote(csv)}\n");
        var log = Path.Combine(ops.Directory, "terminal.log");
        var socket = "ops-test-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            // The run waits for "go" until every byte the pane receives is copied to the log.
            Tmux(socket, "new-session", "-d", "-x", "80", "-y", "20", "-s", "t",
                $"tmux -L {socket} wait-for go; bash {Quote(script)}; tmux -L {socket} wait-for -S done; sleep 120");
            Tmux(socket, "pipe-pane", "-o", "-t", "t", $"cat >> {Quote(log)}");
            Tmux(socket, "wait-for", "-S", "go");
            Tmux(socket, "wait-for", "done");
            var pane = Tmux(socket, "capture-pane", "-p", "-J", "-t", "t");
            Assert.Contains("Imported 10000 client(s)", pane);
            Assert.DoesNotContain("ops: importing", pane);   // cleared before the summary
            var bytes = File.ReadAllText(log);
            Assert.Matches(@"\rops: importing \d+\u001b\[K", bytes);
            Assert.DoesNotContain("ООО Клиент", bytes);      // counts and phases, never a name
        }
        finally
        {
            try { Tmux(socket, "kill-server"); } catch (InvalidOperationException) { }
        }

        // The same import again, piped: not one progress byte on stderr, nothing on stdout.
        var (code, stdout, stderr) = ops.Run("clients", "import", csv);
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.False(stderr.Contains('\r') || stderr.Contains('\u001b'), stderr);
        Assert.Contains("Imported 10000 client(s)", stderr);
    }

    private static int DisplayWidthOf(string line) => Ops.Sdk.Output.DisplayWidth.Of(line.TrimEnd());

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";

    private static string Tmux(string socket, params string[] args)
    {
        var psi = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-L");
        psi.ArgumentList.Add(socket);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("TMUX");
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEnd();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new InvalidOperationException("tmux " + string.Join(' ', args) + " hung"); }
        return p.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {error}");
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
}
