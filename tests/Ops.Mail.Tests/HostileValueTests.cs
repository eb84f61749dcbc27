namespace Ops.Mail.Tests;

/// <summary>Values with quotes, backslashes, newlines, $(), ;, # and Cyrillic must not change what a generated file does.
/// Each target is checked by its own tool.</summary>
public sealed class HostileValueTests
{
    private const string HostileName = "Ко\"зл'ов\\ $(Remove-Item C:\\) ; # ‘Иван’\nstop; discard;";
    private const string HostileNotice = "Пишите на {shared}.\n\"; discard; stop; #\n$(Get-Process); `whoami` \\ конец";

    private static OpsTestStoreHandle Firm()
    {
        var store = MailFirm.Create();
        // The CLI refuses control characters in names; a value can still reach the store another way.
        store.Sql("UPDATE ops_staff SET full_name = '" + HostileName.Replace("'", "''") + "' WHERE login = 'kozlov'");
        store.Run("mail", "policy", "set", "--notice", HostileNotice, "--notice-subject", "Тема \"с\" кавычками; # \\ $(x)",
            "--leaving-notice", "{name} больше не работает. Пишите на {contact}.").ShouldSucceed();
        return new OpsTestStoreHandle(store);
    }

    [Fact]
    public void Sieve_keeps_hostile_text_inside_strings()
    {
        using var firm = Firm();
        var script = MailFirm.Generate(firm.Store, "sieve", "sidorova");
        foreach (var s in Tools.SieveScripts(script))
        {
            var compiled = Tools.Sievec(s);
            Assert.True(compiled.ExitCode == 0, compiled.All);
        }

        var r = Tools.SieveTest(script, Tools.Message("buh@romashka.ru", "ivanova@buh-expert.ru"), "ivanova@buh-expert.ru", "buh@romashka.ru");
        Assert.Contains("redirect message to: <archive@buh-expert.ru>", r.Out);
        Assert.Contains("\"; discard; stop; #", r.Out);
        Assert.Contains("$(Get-Process); `whoami` \\ конец", r.Out);
        Assert.DoesNotContain("discard", r.Out.Split("START MESSAGE")[0]);
        Tools.AssertKept(r);

        var leaving = Tools.SieveTest(script, Tools.Message("buh@romashka.ru", "kozlov@buh-expert.ru"), "kozlov@buh-expert.ru", "buh@romashka.ru");
        Assert.Contains("Ко\"зл'ов\\ $(Remove-Item C:\\) ; # ‘Иван’", leaving.Out);
        Tools.AssertKept(leaving);
        Assert.DoesNotContain("discard", leaving.Out.Split("START MESSAGE")[0]);
    }

    [Fact]
    public void Exchange_keeps_hostile_text_in_verbatim_strings()
    {
        using var firm = Firm();
        var script = Path.Combine(MailFirm.Generate(firm.Store, "exchange", "sidorova"), "ops-mail-rules.ps1");
        var (errors, commands, strings) = Tools.ParsePowerShell(script);
        Assert.Empty(errors);
        Assert.DoesNotContain("Remove-Item", commands);
        Assert.DoesNotContain("Get-Process", commands);
        Assert.Contains(strings, s => s.Contains("Ко\"зл'ов\\ $(Remove-Item C:\\) ; # ‘Иван’\nstop; discard; больше не работает", StringComparison.Ordinal));
    }

    [Fact]
    public void Postfix_maps_hold_only_validated_keys_and_postmap_accepts_them()
    {
        using var firm = Firm();
        var dir = MailFirm.Generate(firm.Store, "postfix", "sidorova");
        foreach (var map in new[] { "sender_bcc", "recipient_bcc" })
        {
            Assert.True(Tools.Postmap(Path.Combine(dir, map)).ExitCode == 0);
            Assert.All(File.ReadAllLines(Path.Combine(dir, map)).Where(l => !l.StartsWith('#')),
                l => Assert.Matches(@"^[\p{Ll}a-z0-9@._+-]+ archive@buh-expert\.ru$", l));
        }
        Assert.Equal(MailFirm.Archive, Tools.PostmapQuery("hash:" + Path.Combine(dir, "sender_bcc"), "info@xn--80abmip8a9h.xn--p1ai"));
    }

    [Fact]
    public void Gmail_steps_show_hostile_text_on_one_line()
    {
        using var firm = Firm();
        var text = File.ReadAllText(Path.Combine(MailFirm.Generate(firm.Store, "gmail", "sidorova"), "gmail-routing.txt"));
        Assert.Contains("Message: Пишите на office@buh-expert.ru.\\n\"; discard; stop; #\\n$(Get-Process); `whoami` \\\\ конец", text);
        Assert.DoesNotContain("\nstop; discard;", text);
    }

    [Theory]
    [InlineData("--archive", "archive@buh expert.ru")]
    [InlineData("--archive", "\"x\"@buh-expert.ru")]
    [InlineData("--shared-address", "office@buh-expert.ru\nX-Evil: 1")]
    [InlineData("--free-mail-domains", "gmail.com,ma;il.ru")]
    [InlineData("--free-mail-domains", "gmail.com,-bad-.ru")]
    public void Invalid_addresses_and_domains_are_refused_and_nothing_changes(string option, string value)
    {
        using var store = MailFirm.Create(clients: false);
        var before = store.Run("mail", "policy", "show", "--format", "json").ShouldSucceed().Out;
        var r = store.Run("mail", "policy", "set", option, value);
        Assert.Equal(5, r.ExitCode);
        Assert.Contains(option, r.Err);
        Assert.Equal(before, store.Run("mail", "policy", "show", "--format", "json").Out);
    }

    [Fact]
    public void An_invalid_staff_address_stops_generation_before_anything_is_written()
    {
        using var store = MailFirm.Create(clients: false);
        store.Sql("UPDATE ops_staff SET email = 'petrov@buh-expert.ru\"; discard;' WHERE login = 'petrov'");
        var dir = Path.Combine(store.Directory, "out");
        var r = store.RunAs("sidorova", "mail", "generate", "--target", "all", "--out", dir);
        Assert.Equal(5, r.ExitCode);
        Assert.Contains("petrov email", r.Err);
        Assert.Contains("nothing was written", r.Err);
        Assert.False(Directory.Exists(dir));
    }
}

/// <summary>Disposes the store it wraps.</summary>
internal sealed record OpsTestStoreHandle(Ops.Testing.OpsTestStore Store) : IDisposable
{
    public void Dispose() => Store.Dispose();
}
