using Ops.Sdk;
using Ops.Sdk.Store;

namespace Ops.Mail.Policy;

/// <summary>Reads and writes the policy in <c>mail_policy</c>. Archive and shared address fall back to the firm profile.</summary>
public static class PolicyStore
{
    public static MailPolicy Load(IOpsContext context)
    {
        var v = context.Store.Query("SELECT key, value FROM mail_policy", r => (K: r.GetString(0), V: r.GetString(1)))
            .ToDictionary(p => p.K, p => p.V, StringComparer.Ordinal);
        string Get(string key) => v.TryGetValue(key, out var s) ? s : "";
        var firm = context.Firm;
        return new MailPolicy(
            Revision: int.TryParse(Get("revision"), out var rev) ? rev : 0,
            Archive: Or(Get("archive"), firm.ArchiveMailbox),
            CopyIncoming: Get("copy_incoming") != "no",
            CopyOutgoing: Get("copy_outgoing") != "no",
            CoverRoles: List(Get("cover_roles")) is { Count: > 0 } roles ? roles : ["*"],
            Exceptions: List(Get("exceptions")),
            SharedAddress: Or(Get("shared_address"), firm.SharedMailbox),
            NoticeSubject: Get("notice_subject"),
            Notice: Get("notice"),
            FreeMailDomains: List(Get("free_mail_domains")),
            FreeMailAction: Enum.TryParse<FreeMailAction>(Get("free_mail_action"), true, out var a) ? a : FreeMailAction.Flag,
            LeavingCopyAll: Get("leaving_copy_all") != "no",
            LeavingNotice: Get("leaving_notice"),
            LeavingContact: Get("leaving_contact"),
            Deployment: MailPolicy.ParseDeployment(Get("deployment")) ?? Deployment.Standalone);
    }

    /// <summary>Stores the changed keys and bumps the revision; call inside a write transaction.</summary>
    public static int Save(IStore store, IReadOnlyDictionary<string, string> changes)
    {
        foreach (var (key, value) in changes)
        {
            if (store.Execute("UPDATE mail_policy SET value = $Value WHERE key = $Key", new { Key = key, Value = value }) == 0)
                store.Execute("INSERT INTO mail_policy (key, value) VALUES ($Key, $Value)", new { Key = key, Value = value });
        }
        var revision = (int.TryParse(store.Scalar<string>("SELECT value FROM mail_policy WHERE key = 'revision'"), out var r) ? r : 0) + 1;
        store.Execute("UPDATE mail_policy SET value = $Value WHERE key = 'revision'", new { Value = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return revision;
    }

    /// <summary>Splits a comma-separated list, trimmed, without empties, sorted and de-duplicated.</summary>
    public static IReadOnlyList<string> List(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;
}
