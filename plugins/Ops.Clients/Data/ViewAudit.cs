using System.Security.Cryptography;
using Ops.Clients.Access;
using Ops.Sdk;

namespace Ops.Clients.Data;

/// <summary>Records which clients a command is about to show, and whose contact details unmasked, in the audit log
/// (clients.view and clients.contacts.view) and commits that BEFORE the first row is shown: an interrupted or killed
/// listing is already on record. A listing of up to <see cref="NamedLimit"/> clients names them ("client:ID"); a larger
/// one records its count, id range and a SHA-256 digest of the ids in order, from which re-running the same command
/// line (kept, redacted, in the event) recomputes and checks the records, without holding every id in memory.</summary>
internal sealed class ViewAudit(IOpsContext context, string details)
{
    public const int NamedLimit = 1000;
    public int Masked { get; private set; }
    public int Count { get; private set; }

    /// <summary>Walks <paramref name="rows"/> (a first pass over the same query) and records the events.</summary>
    public void RecordBefore(IEnumerable<ClientRecord> rows, string action = "clients.view")
    {
        var viewed = new Summary();
        var contacts = new Summary();
        foreach (var r in rows)
        {
            viewed.Add(r.Id);
            if (r.Contacts.Count == 0) continue;
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

    private sealed class Summary
    {
        private readonly List<string> _named = [];
        private readonly IncrementalHash _digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _min = long.MaxValue, _max = long.MinValue;
        public int Count { get; private set; }

        public void Add(long id)
        {
            Count++;
            if (_named.Count <= NamedLimit) _named.Add("client:" + id);
            _digest.AppendData(BitConverter.GetBytes(id));
            _min = Math.Min(_min, id);
            _max = Math.Max(_max, id);
        }

        public IEnumerable<string> Records => Count <= NamedLimit ? _named : [];

        public string Details(string what) => Count <= NamedLimit
            ? what
            : $"{what}; {Count} clients, ids {_min}..{_max}, sha256(ids as int64 LE, in listed order) {Convert.ToHexStringLower(_digest.GetHashAndReset())}";
    }
}
