using System.Security.Cryptography;
using System.Text;
using Ops.Sdk.Store;

namespace Ops.Documents.Data;

/// <summary>One item of the list of information constituting the trade secret.</summary>
internal sealed record SecretItem(long Id, string TitleRu, string TitleEn, DateOnly AddedOn)
{
    public string Title(string lang) => lang == "en" ? TitleEn : TitleRu;
}

internal static class Secrets
{
    public static IReadOnlyList<SecretItem> Current(IStore store) =>
        store.Query("SELECT id, title_ru, title_en, added_on FROM docs_secrets WHERE removed_on IS NULL ORDER BY id",
            r => new SecretItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.Date("added_on")!.Value)).ToList();

    /// <summary>A digest of the list's content: an approval of the list is for exactly this content.</summary>
    public static string Fingerprint(IReadOnlyList<SecretItem> items)
    {
        var text = string.Join("\n", items.Select(i => $"{i.Id}\t{i.TitleRu}\t{i.TitleEn}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
