using System.Text.Json;
using Ops.Testing;

namespace Ops.Mail.Tests;

/// <summary><c>ops mail autoreply</c>: after kozlov's last day his mailbox tells clients that ivanova serves them now,
/// judged by each server's own tool.</summary>
public sealed class AutoreplyTests
{
    private static string Autoreply(OpsTestStore store, string target, string name = "answer")
    {
        var dir = Path.Combine(store.Directory, name);
        store.RunAs("sidorova", "mail", "autoreply", "kozlov", "--successor", "ivanova", "--target", target, "--out", dir).ShouldSucceed();
        return dir;
    }

    /// <summary>Runs the answer script on a message as Dovecot would deliver it to kozlov.</summary>
    private static Tools.Run Deliver(string dir, string message, string from)
    {
        var root = Path.Combine(dir, "as-delivered");
        Directory.CreateDirectory(Path.Combine(root, "ops-mail.d"));
        File.Copy(Path.Combine(dir, "autoreply-kozlov.sieve"), Path.Combine(root, "ops-mail.d", "autoreply-kozlov.sieve"), overwrite: true);
        return Tools.SieveTest(root, message, "kozlov@buh-expert.ru", from);
    }

    [Fact]
    public void Sievec_compiles_the_answer_and_sieve_test_answers_a_client_with_the_successor()
    {
        using var store = MailFirm.Create();
        var dir = Autoreply(store, "sieve");
        var script = Path.Combine(dir, "autoreply-kozlov.sieve");
        var compiled = Tools.Sievec(script);
        Assert.True(compiled.ExitCode == 0, compiled.All);

        var r = Deliver(dir, Tools.Message("buh@romashka.ru", "kozlov@buh-expert.ru"), "buh@romashka.ru");
        Assert.True(r.ExitCode == 0, r.All);
        Assert.Contains("send vacation message", r.Out);
        Assert.Contains("Теперь дела вашей компании ведёт Иванова Анна: пожалуйста, пишите на ivanova@buh-expert.ru", r.Out);
        Tools.AssertKept(r);
    }

    [Fact]
    public void Sieve_test_answers_no_stranger_and_no_automatic_message_even_from_a_client()
    {
        using var store = MailFirm.Create();
        var dir = Autoreply(store, "sieve");
        var stranger = Deliver(dir, Tools.Message("someone@gmail.com", "kozlov@buh-expert.ru"), "someone@gmail.com");
        Assert.DoesNotContain("vacation", stranger.Out);
        Tools.AssertKept(stranger);

        var automatic = Tools.Message("buh@romashka.ru", "kozlov@buh-expert.ru").Replace("Subject: Report", "Subject: Out of office\nAuto-Submitted: auto-replied");
        var r = Deliver(dir, automatic, "buh@romashka.ru");
        Assert.DoesNotContain("vacation", r.Out);
        Tools.AssertKept(r);
    }

    [Fact]
    public void A_name_crafted_to_break_out_of_the_sieve_string_stays_text()
    {
        using var store = MailFirm.Create();
        store.Run("staff", "update", "ivanova", "--name", "Анна\"; discard; #").ShouldSucceed();
        var dir = Autoreply(store, "sieve");
        Assert.True(Tools.Sievec(Path.Combine(dir, "autoreply-kozlov.sieve")).ExitCode == 0);
        var r = Deliver(dir, Tools.Message("buh@romashka.ru", "kozlov@buh-expert.ru"), "buh@romashka.ru");
        Assert.Contains("send vacation message", r.Out);
        // The name is in the answer's subject as text; the message is still delivered (the script's last word is keep).
        Assert.EndsWith("* keep", r.Out[r.Out.LastIndexOf("## Executing script", StringComparison.Ordinal)..].TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("* discard", r.Out);
    }

    [Fact]
    public void Postmap_answers_her_address_with_the_successors_in_the_relocated_map()
    {
        using var store = MailFirm.Create();
        var dir = Autoreply(store, "postfix");
        var map = Path.Combine(dir, "relocated");
        var compiled = Tools.Postmap(map);
        Assert.True(compiled.ExitCode == 0, compiled.All);
        Assert.Equal("ivanova@buh-expert.ru", Tools.PostmapKey("hash:" + map, "kozlov@buh-expert.ru"));
        Assert.Null(Tools.PostmapKey("hash:" + map, "ivanova@buh-expert.ru"));
        Assert.Contains("relocated_maps = hash:/etc/postfix/ops-mail/relocated", File.ReadAllText(Path.Combine(dir, "main.cf")));
    }

    [Fact]
    public void PowerShell_parses_the_exchange_script_that_turns_the_reply_on_and_forwarding_off()
    {
        using var store = MailFirm.Create();
        var dir = Autoreply(store, "exchange");
        var (errors, commands, strings) = Tools.ParsePowerShell(Path.Combine(dir, "autoreply-kozlov.ps1"));
        Assert.Empty(errors);
        Assert.Contains("Set-MailboxAutoReplyConfiguration", commands);
        Assert.Contains("Set-Mailbox", commands);
        Assert.Contains("Remove-InboxRule", commands);
        Assert.Contains("kozlov@buh-expert.ru", strings);
        Assert.Contains(strings, s => s.Contains("ivanova@buh-expert.ru", StringComparison.Ordinal));
    }

    [Fact]
    public void The_gmail_vacation_settings_are_json_the_gmail_api_takes()
    {
        using var store = MailFirm.Create();
        var dir = Autoreply(store, "gmail");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "vacation-kozlov.json")));
        var v = json.RootElement;
        Assert.True(v.GetProperty("enableAutoReply").GetBoolean());
        Assert.Contains("ivanova@buh-expert.ru", v.GetProperty("responseBodyPlainText").GetString());
        Assert.Contains("gam user 'kozlov@buh-expert.ru' forward off", File.ReadAllText(Path.Combine(dir, "gam-kozlov.sh")));
    }

    /// <summary>His last working day is 30 December; Gmail's startTime (epoch milliseconds) is the instant 31 December
    /// begins where the firm works, not midnight in Greenwich: a firm east of it would otherwise answer his clients
    /// while he is still at work (3 hours early in Moscow, 10 in Vladivostok).</summary>
    [Theory]
    [InlineData(null, "2026-12-30T21:00:00Z", 1798664400000)]
    [InlineData("Europe/Moscow", "2026-12-30T21:00:00Z", 1798664400000)]
    [InlineData("Asia/Vladivostok", "2026-12-30T14:00:00Z", 1798639200000)]
    public void The_gmail_answer_starts_when_his_first_day_away_begins_in_the_firms_time_zone(string? zone, string instant, long epochMs)
    {
        using var store = MailFirm.Create();
        if (zone is not null) store.Run("firm", "set", "--time-zone", zone).ShouldSucceed();
        var dir = Autoreply(store, "gmail");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "vacation-kozlov.json")));
        var startTime = long.Parse(json.RootElement.GetProperty("startTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(epochMs, startTime);
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.FromUnixTimeMilliseconds(startTime));
    }

    [Fact]
    public void An_accountant_cannot_write_an_answer_that_embeds_the_client_list()
    {
        using var store = MailFirm.Create();
        var dir = Path.Combine(store.Directory, "mine");
        var r = store.RunAs("petrov", "mail", "autoreply", "kozlov", "--successor", "petrov", "--target", "sieve", "--out", dir);
        Assert.Equal(4, r.ExitCode);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void The_plan_steps_are_done_once_the_rules_copy_her_mailbox_and_the_answer_is_written()
    {
        using var store = MailFirm.Create();
        var before = store.OffboardSteps("sidorova", "kozlov", "mail");
        Assert.Equal(["mail.copy", "mail.autoreply"], before.Select(s => s.Text("step")));
        Assert.All(before, s => Assert.Equal("pending", s.Text("state")));

        MailFirm.Generate(store, "all", "sidorova");
        Autoreply(store, "all");
        var after = store.OffboardSteps("sidorova", "kozlov", "mail");
        Assert.All(after, s => Assert.Equal("done", s.Text("state")));
        Assert.Contains("exchange: write to ivanova", after[1].Text("detail"));
    }

    [Fact]
    public void The_evidence_pack_shows_which_rules_copy_her_mailbox_and_which_answer_clients()
    {
        using var store = MailFirm.Create();
        MailFirm.Generate(store, "sieve", "sidorova");
        Autoreply(store, "postfix");
        var dir = Path.Combine(store.Directory, "case");
        store.RunAs("sidorova", "case", "export", "kozlov", "--out", dir).ShouldSucceed();
        var rows = Csv.Parse(File.ReadAllText(Path.Combine(dir, "mail.coverage.csv")));
        Assert.Equal("yes", Assert.Single(rows, r => r["target"] == "sieve")["mailbox_in_rules"]);
        Assert.Contains("ivanova", Assert.Single(rows, r => r["target"] == "autoreply:postfix")["meaning"]);
    }
}
