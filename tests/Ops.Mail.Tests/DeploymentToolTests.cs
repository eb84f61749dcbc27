using System.Diagnostics;
using Ops.Testing;

namespace Ops.Mail.Tests;

/// <summary>What each deployment does with one message, judged by the real programs: sieve-test for Dovecot,
/// postmap -q for Postfix (the tables main.cf names, in its order), the PowerShell engine for Exchange.
/// The deployment table in docs/mail.md points at these tests.</summary>
public sealed class DeploymentToolTests
{
    private const string Client = "buh@romashka.ru";

    private static Tools.Run Deliver(string dir, string from, string to) => Tools.SieveTest(dir, Tools.Message(from, to), to, from);

    private static int Copies(Tools.Run sieve) =>
        sieve.Out.Split('\n').Count(l => l.Contains("redirect message to: <" + MailFirm.Archive + ">", StringComparison.Ordinal));

    /// <summary>The BCC address Postfix would add for one map parameter of main.cf (sender_bcc_maps or
    /// recipient_bcc_maps): the first of its tables that answers, as Postfix looks them up; null when none does.</summary>
    private static string? PostfixBcc(string dir, string parameter, string address)
    {
        var line = File.ReadAllLines(Path.Combine(dir, "main.cf")).Single(l => l.StartsWith(parameter + " = ", StringComparison.Ordinal));
        foreach (var table in line[(parameter.Length + 3)..].Split(", "))
        {
            var local = table.Replace("/etc/postfix/ops-mail/", dir + "/", StringComparison.Ordinal);
            if (local.StartsWith("hash:", StringComparison.Ordinal)) Assert.Equal(0, Tools.Postmap(local[5..]).ExitCode);
            var hit = local.StartsWith("regexp:", StringComparison.Ordinal) ? Tools.PostmapKey(local, address) : Tools.PostmapQuery(local, address);
            if (hit is not null) return hit;
        }
        return null;
    }

    /// <summary>Copies of one message from FROM to TO made by Postfix (cleanup drops a BCC repeated by both maps).</summary>
    private static int PostfixCopies(string dir, string from, string to) =>
        new[] { PostfixBcc(dir, "sender_bcc_maps", from), PostfixBcc(dir, "recipient_bcc_maps", to) }.OfType<string>().Distinct().Count();

    [Fact]
    public void Mail_to_a_sub_address_of_a_covered_mailbox_is_copied_and_answered_like_mail_to_the_mailbox()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Deliver(dir, Client, "ivanova+invoices@buh-expert.ru");
        Assert.True(r.ExitCode == 0, r.All);
        Assert.Equal(1, Copies(r));
        Assert.Contains("send vacation message", r.Out);
        Tools.AssertKept(r);
        var leaving = Deliver(dir, "colleague@buh-expert.ru", "kozlov+old@buh-expert.ru");
        Assert.Equal(1, Copies(leaving));
    }

    [Fact]
    public void A_sub_address_of_a_leaving_employee_is_copied_by_Postfix_too()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "postfix", "sidorova");
        Assert.Contains("recipient_delimiter = +", File.ReadAllText(Path.Combine(dir, "main.cf")));
        Assert.Equal(MailFirm.Archive, PostfixBcc(dir, "sender_bcc_maps", "kozlov+clients@buh-expert.ru"));
        Assert.Equal(MailFirm.Archive, PostfixBcc(dir, "recipient_bcc_maps", "KOZLOV+x@buh-expert.ru"));
        Assert.Null(PostfixBcc(dir, "recipient_bcc_maps", "kozlovа@buh-expert.ru"));
        Assert.Null(PostfixBcc(dir, "sender_bcc_maps", "xkozlov@buh-expert.ru"));
    }

    [Fact]
    public void A_raw_UTF8_IDN_sender_is_matched_where_its_punycode_form_is()
    {
        using var store = MailFirm.Create();
        var sieve = MailFirm.Generate(store, "sieve", "sidorova", "sieve");
        // The From header carries the raw UTF-8 domain (SMTPUTF8); sieve-test takes only an ASCII envelope sender.
        var raw = Tools.SieveTest(sieve, Tools.Message("info@берёзка.рф", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "info@xn--80abmip8a9h.xn--p1ai");
        Assert.True(raw.ExitCode == 0, raw.All);
        Assert.Equal(1, Copies(raw));
        Assert.Equal(1, Copies(Deliver(sieve, "info@xn--80abmip8a9h.xn--p1ai", "ivanova@buh-expert.ru")));
        var postfix = MailFirm.Generate(store, "postfix", "sidorova", "postfix");
        Assert.Equal(MailFirm.Archive, PostfixBcc(postfix, "sender_bcc_maps", "info@берёзка.рф"));
        Assert.Equal(MailFirm.Archive, PostfixBcc(postfix, "sender_bcc_maps", "info@xn--80abmip8a9h.xn--p1ai"));
        Assert.Equal(MailFirm.Archive, PostfixBcc(postfix, "recipient_bcc_maps", "info@берёзка.рф"));
    }

    [Fact]
    public void Sieve_and_Postfix_deployed_together_copy_each_incoming_and_outgoing_message_once()
    {
        using var store = MailFirm.Create();
        var alone = MailFirm.Generate(store, "all", "sidorova", "standalone");
        var (aloneSieve, alonePostfix) = (Path.Combine(alone, "sieve"), Path.Combine(alone, "postfix"));
        // Deployed together without saying so, an incoming client message is copied by both: the defect this setting fixes.
        Assert.Equal(2, Copies(Deliver(aloneSieve, Client, "ivanova@buh-expert.ru")) + PostfixCopies(alonePostfix, Client, "ivanova@buh-expert.ru"));
        Assert.Contains("--deployment dovecot+postfix", File.ReadAllText(Path.Combine(aloneSieve, "README.txt")));
        Assert.Contains("--deployment dovecot+postfix", File.ReadAllText(Path.Combine(alonePostfix, "README.txt")));

        store.Run("mail", "policy", "set", "--deployment", "dovecot+postfix").ShouldSucceed();
        var both = MailFirm.Generate(store, "all", "sidorova", "both");
        var (sieve, postfix) = (Path.Combine(both, "sieve"), Path.Combine(both, "postfix"));
        foreach (var (from, to) in new[] { (Client, "ivanova@buh-expert.ru"), ("info@xn--80abmip8a9h.xn--p1ai", "petrov@buh-expert.ru"),
                     ("colleague@buh-expert.ru", "kozlov@buh-expert.ru"), (Client, "kozlov@buh-expert.ru"), (Client, "ivanova+x@buh-expert.ru") })
            Assert.True(Copies(Deliver(sieve, from, to)) + PostfixCopies(postfix, from, to) == 1, $"incoming {from} -> {to}");
        foreach (var (from, to) in new[] { ("ivanova@buh-expert.ru", Client), ("kozlov@buh-expert.ru", Client), ("kozlov@buh-expert.ru", "friend@example.org") })
            Assert.True(PostfixCopies(postfix, from, to) == 1, $"outgoing {from} -> {to}");
        Assert.Equal(0, PostfixCopies(postfix, "ivanova@buh-expert.ru", "petrov@buh-expert.ru"));
    }

    [Fact]
    public void A_new_firm_answers_clients_in_Russian()
    {
        using var store = MailFirm.Create();
        var policy = store.Run("mail", "policy", "show", "--format", "json").ShouldSucceed().Json();
        Assert.Equal("Пожалуйста, пишите на общий адрес компании", policy.GetProperty("notice_subject").GetString());
        var dir = MailFirm.Generate(store, "sieve", "sidorova");
        var r = Deliver(dir, Client, "ivanova@buh-expert.ru");
        Assert.Contains("направляйте письма на общий адрес office@buh-expert.ru", r.Out);
        var leaving = Deliver(dir, Client, "kozlov@buh-expert.ru");
        Assert.Contains("Козлов Иван больше не ведёт дела вашей компании. Пожалуйста, направляйте письма по адресу office@buh-expert.ru.", leaving.Out);
    }

    [Fact]
    public void Exchange_rules_come_first_by_priority_so_an_older_stop_processing_rule_cannot_switch_them_off()
    {
        using var store = MailFirm.Create();
        var script = Path.Combine(MailFirm.Generate(store, "exchange", "sidorova"), "ops-mail-rules.ps1");
        // The script runs against stand-ins for the Exchange cmdlets that record what it asks for; the firm already
        // has one rule, with "stop processing more rules", at priority 0.
        const string stubs = """
            $global:created = [System.Collections.Generic.List[object]]::new()
            function global:Get-TransportRule { param($ResultSize) [pscustomobject]@{ Name = 'Firm disclaimer'; Identity = 'Firm disclaimer' } }
            function global:New-TransportRule { param($Name, $Priority, $StopRuleProcessing) $global:created.Add([pscustomobject]@{ Name = $Name; Priority = $Priority; Stop = $StopRuleProcessing }) }
            function global:Set-TransportRule { }
            function global:Remove-TransportRule { }
            function global:Get-DistributionGroup { param($ResultSize) }
            function global:New-DistributionGroup { }
            function global:Set-DistributionGroup { }
            function global:Update-DistributionGroupMember { }
            function global:Set-MailboxAutoReplyConfiguration { }
            function global:Set-RemoteDomain { }
            function global:Set-HostedOutboundSpamFilterPolicy { }
            & $env:OPS_PS_FILE -Confirm:$false | Out-Null
            $global:created | ForEach-Object { "$($_.Priority)|$($_.Stop)|$($_.Name)" }
            """;
        var lines = RunPowerShell(stubs, script).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length >= 4, string.Join('\n', lines));
        Assert.Equal(Enumerable.Range(0, lines.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), lines.Select(l => l.Split('|')[0]));
        Assert.All(lines, l => Assert.Equal("False", l.Split('|')[1]));
        Assert.All(lines, l => Assert.StartsWith("Ops mail - ", l.Split('|')[2], StringComparison.Ordinal));
    }

    private static string RunPowerShell(string code, string script)
    {
        var dotnet = Tools.RequireProgram("dotnet", "install the .NET SDK");
        if (!File.Exists(Path.Combine(OpsTestStore.RepoRoot, ".config", "dotnet-tools.json"))) Assert.Skip("the PowerShell tool manifest .config/dotnet-tools.json is missing");
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = OpsTestStore.RepoRoot };
        foreach (var a in new[] { "tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-Command", code }) psi.ArgumentList.Add(a);
        psi.Environment["OPS_PS_FILE"] = script;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0 && stderr.Contains("restore", StringComparison.OrdinalIgnoreCase)) Assert.Skip("the PowerShell dotnet tool is not restored: dotnet tool restore");
        Assert.True(p.ExitCode == 0 && stderr.Length == 0, "pwsh failed: " + stderr);
        return stdout.Result;
    }
}
