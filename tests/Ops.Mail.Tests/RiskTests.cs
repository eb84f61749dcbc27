namespace Ops.Mail.Tests;

/// <summary>The plugin's checks as `ops risk` runs them.</summary>
public sealed class RiskTests
{
    [Fact]
    public void Risk_reports_mailboxes_without_rules_and_uncovered_client_domains_with_fix_commands()
    {
        using var store = MailFirm.Create();
        store.Run("access", "grant", "clients.contacts", "--person", "admin", "--scope", "all").ShouldSucceed();
        var r = store.Run("risk", "--format", "json");
        Assert.True(r.ExitCode is 0 or 1, r.Err);
        var findings = r.Json().GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("check").GetString() == "mail.mailboxes-without-copy-rules"
            && f.GetProperty("title").GetString()!.Contains("nomail") && f.GetProperty("fix").GetString()!.StartsWith("ops staff update nomail", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.GetProperty("check").GetString() == "mail.client-domains-not-covered"
            && f.GetProperty("title").GetString()!.Contains("romashka.ru") && f.GetProperty("fix").GetString()!.StartsWith("ops mail generate", StringComparison.Ordinal));

        MailFirm.Generate(store, "all", "sidorova");
        var after = store.Run("risk", "--format", "json").Json().GetProperty("findings").EnumerateArray().ToList();
        Assert.DoesNotContain(after, f => f.GetProperty("check").GetString() == "mail.client-domains-not-covered");
    }

    [Fact]
    public void Risk_findings_name_only_client_domains_the_actor_may_see()
    {
        using var store = MailFirm.Create();
        var r = store.Run("risk", "--format", "json");
        Assert.True(r.ExitCode is 0 or 1, r.Err);
        var mail = r.Json().GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("check").GetString()!.StartsWith("mail.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mail);
        Assert.DoesNotContain(mail, f => f.GetRawText().Contains("romashka", StringComparison.Ordinal));
    }
}
