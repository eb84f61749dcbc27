using Ops.Samples.Calls.Access;
using Ops.Samples.Calls.Data;

namespace Ops.Samples.Calls.Reports;

/// <summary>Clients' phone numbers from the registry's client_contact_points_v1, as the actor may see them.</summary>
internal sealed class ClientPhones
{
    private readonly Dictionary<long, List<string>> _phones;
    private readonly HashSet<long> _unmasked;

    public ClientPhones(ReportAccess access, IEnumerable<long> clientIds)
    {
        var ids = clientIds.ToHashSet();
        _phones = access.Ops.Store.Query(
                "SELECT DISTINCT client_id, value FROM client_contact_points_v1 WHERE kind = 'phone' ORDER BY client_id, value",
                r => (Id: r.GetInt64(0), Phone: r.GetString(1)))
            .Where(p => ids.Contains(p.Id))
            .GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.Select(p => p.Phone).ToList());
        _unmasked = access.Unmasked(ids);
        Masked = ids.Count(id => !_unmasked.Contains(id) && _phones.ContainsKey(id));
    }

    /// <summary>How many of the clients had numbers masked.</summary>
    public int Masked { get; }

    public IReadOnlyList<string> Of(long clientId) =>
        _phones.TryGetValue(clientId, out var list) ? list.Select(p => _unmasked.Contains(clientId) ? p : PhoneNumber.Mask(p)).ToList() : [];

    public string? Show(long clientId, string? phone) =>
        phone is null ? null : _unmasked.Contains(clientId) ? phone : PhoneNumber.Mask(phone);
}
