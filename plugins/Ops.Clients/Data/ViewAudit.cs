using Ops.Clients.Access;
using Ops.Sdk;

namespace Ops.Clients.Data;

/// <summary>Records which clients a command is about to show, and whose contact details unmasked, in the audit log
/// (clients.view and clients.contacts.view) and commits that BEFORE the first row is shown: an interrupted or killed
/// listing is already on record. The records are an <see cref="IdDigest"/>: up to 1,000 clients named, a larger listing
/// as its count, id range and digest, from which re-running the same command line (kept, redacted, in the event)
/// recomputes and checks them, without holding every id in memory.</summary>
internal sealed class ViewAudit(IOpsContext context, string details)
{
    public int Masked { get; private set; }
    public int Count { get; private set; }

    /// <summary>Walks <paramref name="rows"/> (a first pass over the same query) and records the events.</summary>
    public void RecordBefore(IEnumerable<ClientRecord> rows, string action = "clients.view") => RecordBefore(rows.Select(SeenClient.Of), action);

    /// <summary>The same from <see cref="ClientQuery.Seen"/>, which reads only what is recorded.</summary>
    public void RecordBefore(IEnumerable<SeenClient> rows, string action = "clients.view")
    {
        var viewed = new IdDigest();
        var contacts = new IdDigest();
        foreach (var r in rows)
        {
            viewed.Add(r.Id);
            if (!r.HasContacts) continue;
            if (r.ContactsVisible) contacts.Add(r.Id);
            else Masked++;
        }
        Count = viewed.Count;
        context.Store.Write(() =>
        {
            context.Audit.Record(action, viewed.Records, details: viewed.Details(details));
            if (contacts.Count > 0) context.Audit.Record("clients.contacts.view", contacts.Records, details: contacts.Details(details));
        });
    }

    /// <summary>After the rows: the note about masked contacts.</summary>
    public void Done(ClientAccess access)
    {
        if (Masked > 0) context.Output.Message(access.MaskNote(Masked));
    }
}
