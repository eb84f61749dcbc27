using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>A read is on record before the first protected byte leaves, and the record holds no client data in clear.</summary>
public sealed class AuditBeforeShowingTests
{
    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void An_interrupted_listing_is_already_audited(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        var r = store.RunInto(new DyingWriter(20), "dir", "clients", "list", "--format", "json");
        Assert.NotEqual(0, r.ExitCode);
        var views = store.Json("admin", "audit", "list", "--action", "clients.view").EnumerateArray().ToList();
        var e = Assert.Single(views);
        Assert.Single(store.Json("admin", "audit", "list", "--action", "clients.contacts.view").EnumerateArray());
        Assert.Equal("dir", e.GetProperty("actor").GetString());
        var listed = store.Json("dir", "clients", "list").EnumerateArray().Select(c => "client:" + c.GetProperty("id").GetInt64()).Order().ToList();
        Assert.Equal(listed, System.Text.Json.JsonDocument.Parse(e.GetProperty("records").GetString()!).RootElement.EnumerateArray().Select(x => x.GetString()!).Order().ToList());
    }

    [Theory, MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public void A_search_term_is_not_in_the_audit_in_clear(TestEngine engine)
    {
        using var store = Firm.Create(engine);
        store.RunAs("dir", "clients", "search", "+7 912 555-01-12").ShouldSucceed();
        store.RunAs("dir", "clients", "search", "--format", "json", "ivan@alfa.ru").ShouldSucceed();
        var audit = store.Run("audit", "list", "--format", "json").Out;
        // As typed and as normalised; not "555" alone, which a test store's random temp path can hold.
        Assert.DoesNotContain("555-01-12", audit);
        Assert.DoesNotContain("5550112", audit);
        Assert.DoesNotContain("ivan@alfa.ru", audit);
        Assert.Contains("ops clients search ‹redacted›", audit);
        Assert.Contains("--format json", audit);
    }

    [Fact]
    public void A_clients_mail_domains_typed_on_the_command_line_are_not_in_the_audit_in_clear()
    {
        using var store = Firm.Create();
        store.RunAs("dir", "clients", "update", Firm.AlphaInn, "--domains", "alfa-secret-domain.ru").ShouldSucceed();
        var audit = store.Run("audit", "list", "--format", "json").Out;
        Assert.DoesNotContain("alfa-secret-domain", audit);
        Assert.Contains("--domains ‹redacted›", audit);
    }
}
