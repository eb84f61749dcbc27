using Ops.Sdk.Store;

namespace Ops.Documents.Data;

/// <summary>A firm-level document put in force by an order.</summary>
internal sealed record Adoption(string Doc, int Version, string Fingerprint, DateOnly AdoptedOn, string OrderRef);

internal static class Adoptions
{
    /// <summary>The latest adoption of a document, or null.</summary>
    public static Adoption? Latest(IStore store, string doc) =>
        store.Query("""
            SELECT doc, version, fingerprint, adopted_on, order_ref FROM docs_adoptions
            WHERE doc = $Doc ORDER BY adopted_on DESC, id DESC
            """, r => new Adoption(r.GetString(0), (int)r.GetInt64(1), r.GetString(2), r.Date("adopted_on")!.Value, r.GetString(4)),
            new { Doc = doc }).FirstOrDefault();
}
