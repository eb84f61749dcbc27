using Ops.Sdk;
using Ops.Sdk.Store;

namespace Ops.Mail.Model;

/// <summary>What the last <c>ops mail generate</c> embedded per target (mail_generations, mail_generated_items).</summary>
public static class Generations
{
    public sealed record Generation(string Target, string GeneratedAt, HashSet<string> Mailboxes, HashSet<string> Domains);

    /// <summary>Replaces the record of <paramref name="target"/>; call inside a write transaction.</summary>
    public static void Record(IOpsContext context, string target, MailModel m)
    {
        var s = context.Store;
        s.Execute("DELETE FROM mail_generated_items WHERE target = $T", new { T = target });
        s.Execute("DELETE FROM mail_generations WHERE target = $T", new { T = target });
        s.Execute("""
            INSERT INTO mail_generations (target, generated_at, generated_by, generator_version, policy_revision, clients_mode)
            VALUES ($T, $At, $By, $V, $R, $Mode)
            """, new
        {
            T = target,
            At = context.Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            By = context.Actor.Login,
            V = m.GeneratorVersion,
            R = m.Policy.Revision,
            Mode = m.Mode == ClientsMode.Registry ? "registry" : "all-external",
        });
        using var insert = s.Command("INSERT INTO mail_generated_items (target, kind, value) VALUES ($T, $K, $V)",
            new { T = target, K = "", V = "" });
        void Add(string kind, string value)
        {
            insert.Parameters["$K"].Value = kind;
            insert.Parameters["$V"].Value = value;
            insert.ExecuteNonQuery();
        }
        foreach (var mb in m.Covered.Concat(m.Leaving)) Add("mailbox", mb.Email);
        foreach (var d in m.ClientDomains) Add("domain", d);
        foreach (var a in m.ClientAddresses) Add("address", a);
    }

    public static List<Generation> Load(IStore store)
    {
        var list = store.Query("SELECT target, generated_at FROM mail_generations ORDER BY target",
            r => new Generation(r.Text("target"), r.Text("generated_at"), new(StringComparer.Ordinal), new(StringComparer.Ordinal))).ToList();
        var byTarget = list.ToDictionary(g => g.Target);
        foreach (var (t, kind, value) in store.Query("SELECT target, kind, value FROM mail_generated_items WHERE kind IN ('mailbox', 'domain')",
                     r => (r.Text("target"), r.Text("kind"), r.Text("value"))))
            if (byTarget.TryGetValue(t, out var g)) (kind == "mailbox" ? g.Mailboxes : g.Domains).Add(value);
        return list;
    }
}
