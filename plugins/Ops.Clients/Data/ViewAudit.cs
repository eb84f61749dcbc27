using Ops.Clients.Access;
using Ops.Sdk;

namespace Ops.Clients.Data;

/// <summary>Collects which clients a command showed, and whose contact details it showed unmasked, and
/// records both in the audit log: clients.view and clients.contacts.view with "client:ID" records.</summary>
internal sealed class ViewAudit(IOpsContext context, string details)
{
    private readonly List<long> _viewed = [];
    private readonly List<long> _contacts = [];
    public int Masked { get; private set; }

    /// <summary>Notes a row as it streams out and passes it on.</summary>
    public ClientRecord Seen(ClientRecord r)
    {
        _viewed.Add(r.Id);
        if (r.Contacts.Count > 0)
        {
            if (r.ContactsVisible) _contacts.Add(r.Id);
            else Masked++;
        }
        return r;
    }

    public void Record(ClientAccess access, string action = "clients.view")
    {
        context.Audit.Record(action, _viewed.Select(id => "client:" + id), details: details);
        if (_contacts.Count > 0) context.Audit.Record("clients.contacts.view", _contacts.Select(id => "client:" + id), details: details);
        if (Masked > 0) context.Output.Message(access.MaskNote(Masked));
    }

    public int Count => _viewed.Count;
}
