using Ops.Sdk.Store;

namespace Ops.Documents.Data;

/// <summary>One recorded signature.</summary>
internal sealed record SignatureRecord(string Login, string Doc, int Version, DateOnly SignedOn);

/// <summary>The signatures in the store, loaded once per command.</summary>
internal sealed class Signatures
{
    private readonly Dictionary<(string Login, string Doc), List<SignatureRecord>> _by = new();

    private Signatures() { }

    /// <summary>No signatures at all (for trial renders).</summary>
    public static Signatures Empty { get; } = new();

    public Signatures(IStore store)
    {
        foreach (var s in store.Query("SELECT login, doc, version, signed_on FROM docs_signatures ORDER BY signed_on, id",
                     r => new SignatureRecord(r.GetString(0), r.GetString(1), (int)r.GetInt64(2), r.Date("signed_on")!.Value)))
        {
            if (!_by.TryGetValue((s.Login, s.Doc), out var list)) _by[(s.Login, s.Doc)] = list = [];
            list.Add(s);
        }
    }

    /// <summary>The signature under exactly this version, or null.</summary>
    public SignatureRecord? Of(string login, string doc, int version) =>
        _by.TryGetValue((login, doc), out var list) ? list.LastOrDefault(s => s.Version == version) : null;

    /// <summary>The latest signature under any version, or null.</summary>
    public SignatureRecord? Latest(string login, string doc) =>
        _by.TryGetValue((login, doc), out var list) ? list.MaxBy(s => (s.Version, s.SignedOn)) : null;

    /// <summary>Whether the person signed the current version of the document (used without loading everything).</summary>
    public static bool HasSigned(IStore store, string login, string doc, int version) =>
        store.Scalar<long>("SELECT count(*) FROM docs_signatures WHERE login = $Login AND doc = $Doc AND version = $Version",
            new { Login = login, Doc = doc, Version = version }) > 0;
}
