using Ops.Sdk.Access;
using Ops.Sdk.Store;

namespace Ops.Documents.Data;

/// <summary>
/// Who holds which permission by grant (role or personal), read from <c>ops_grants_v1</c>. Unlike
/// IAccessControl.DecideFor this ignores prerequisites (the acknowledgment itself), which is what the
/// register, the regime check and the risk checks need: access as granted, signed or not.
/// </summary>
internal sealed class AccessIndex
{
    private readonly Dictionary<string, List<(string Permission, Scope Scope)>> _bySubject = new(StringComparer.Ordinal);

    public AccessIndex(IStore store)
    {
        foreach (var (subject, permission, scope) in store.Query("SELECT subject, permission, scope FROM ops_grants_v1",
                     r => (r.GetString(0), r.GetString(1), r.GetString(2))))
        {
            if (!ScopeText.TryParse(scope, out var s)) continue;
            if (!_bySubject.TryGetValue(subject, out var list)) _bySubject[subject] = list = [];
            list.Add((permission, s));
        }
    }

    /// <summary>Permissions that open information on the firm's list: the client registry's and pay's.</summary>
    public static bool IsSecretBearing(string permission) =>
        permission.StartsWith("clients.", StringComparison.Ordinal) || permission.StartsWith("pay.", StringComparison.Ordinal);

    public const string ClientContacts = "clients.contacts";

    /// <summary>The widest granted scope per permission for a person with this role.</summary>
    public IReadOnlyDictionary<string, Scope> Granted(string login, string role)
    {
        var result = new SortedDictionary<string, Scope>(StringComparer.Ordinal);
        foreach (var subject in new[] { "role:" + role, "person:" + login })
            if (_bySubject.TryGetValue(subject, out var list))
                foreach (var (permission, scope) in list)
                    if (!result.TryGetValue(permission, out var had) || scope > had) result[permission] = scope;
        return result;
    }

    public IReadOnlyDictionary<string, Scope> SecretBearing(string login, string role) =>
        Granted(login, role).Where(kv => IsSecretBearing(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
}
