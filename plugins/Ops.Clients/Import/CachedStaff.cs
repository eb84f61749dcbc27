using Ops.Sdk.Directory;

namespace Ops.Clients.Import;

/// <summary>The staff directory read once, for validating many rows without a query per cell.</summary>
internal sealed class CachedStaff(IStaffDirectory inner) : IStaffDirectory
{
    private readonly Dictionary<string, StaffMember> _byLogin = inner.All().ToDictionary(s => s.Login, StringComparer.Ordinal);

    public StaffMember? Find(string login) => _byLogin.GetValueOrDefault(login);

    public IReadOnlyList<StaffMember> All() => [.. _byLogin.Values.OrderBy(s => s.Login, StringComparer.Ordinal)];
}
