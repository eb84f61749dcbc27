using System.Text;
using Ops.Host.Store;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Host.Audit;

/// <summary>Walks the chain from the first event and reports the first one that does not fit: a gap in the ids, a
/// broken link, an edited event, a time that goes back, a head that does not match the last event, an emptied log,
/// or — given the head kept elsewhere — a log that no longer reaches it. Reads everything in one snapshot, so writers
/// appending meanwhile never look like a cut-off tail.</summary>
internal static class AuditVerifier
{
    public sealed record Result(long Events, long? BadEventId, string Problem, string HeadHash, long HeadId)
    {
        public bool Intact => BadEventId is null && Problem.Length == 0;
    }

    /// <summary>A head saved outside the store (<c>ops audit head</c>): the event id and its hash.</summary>
    public sealed record SavedHead(long Id, string Hash);

    public static Result Verify(IHostStore store, SavedHead? saved = null, Progress? progress = null) =>
        store.Read(() => Walk(store, saved, progress ?? Progress.None));

    private static Result Walk(IStore store, SavedHead? saved, Progress progress)
    {
        var prev = Encoding.ASCII.GetBytes(AuditHash.Genesis);
        var prevLength = prev.Length;
        var lastAt = new byte[64];
        var lastAtLength = 0;
        long expectedId = 1, count = 0;
        string? savedHashThere = null;
        // Each event's hash covers its own fields and the previous hash it stores, and the links are checked here in
        // order: so the hashes can be checked apart from the reading, a batch at a time on another core.
        using var hashes = new HashChecks();
        using var rows = IAuditRows.Of(store);
        Result Stop(long id, string problem) => hashes.FirstEdited() is { } edited
            ? Edited(edited) : new Result(count, id, problem, Text(prev.AsSpan(0, prevLength)), count);
        while (rows.Next())
        {
            var id = rows.Id;
            if (id != expectedId)
                return Stop(id, $"event {id} follows event {expectedId - 1}: events {expectedId}..{id - 1} were deleted");
            var prevHash = rows.PrevHash;
            if (!prevHash.SequenceEqual(prev.AsSpan(0, prevLength)))
                return Stop(id, $"event {id} does not link to the event before it (deleted, reordered or inserted)");
            var hash = rows.Hash;
            hashes.Add(rows, hash, prevHash);
            progress.Advance();
            var at = rows.At;
            if (at.SequenceCompareTo(lastAt.AsSpan(0, lastAtLength)) < 0)
                return Stop(id, $"event {id} is dated {Text(at)}, before event {id - 1} ({Text(lastAt.AsSpan(0, lastAtLength))}): it was back-dated");
            if (saved is not null && id == saved.Id) savedHashThere = Text(hash);
            prevLength = AuditBuffer.Copy(hash, ref prev);
            lastAtLength = AuditBuffer.Copy(at, ref lastAt);
            expectedId++;
            count++;
        }
        var last = Text(prev.AsSpan(0, prevLength));
        if (hashes.FirstEdited() is { } bad) return Edited(bad);
        var head = store.Query("SELECT last_id, hash FROM ops_audit_head WHERE one = 1", r => (Id: r.GetInt64(0), Hash: r.GetString(1)))
            .Cast<(long Id, string Hash)?>().FirstOrDefault();
        if (head is { } h && (h.Id != count || h.Hash != last))
            return new Result(count, count + 1, $"the chain ends at event {count} but its head says {h.Id}: events at the end were deleted", last, count);
        if (head is null && count > 0)
            return new Result(count, 1, "the chain head is missing", last, count);
        if (count == 0)
            return new Result(0, 0, "the audit log is empty, though every store's log starts with its ops.init event: it was emptied", last, 0);
        if (saved is not null && savedHashThere != saved.Hash)
            return new Result(count, saved.Id, savedHashThere is null
                ? $"the head kept elsewhere is event {saved.Id}, but the log ends at event {count}: events at the end were cut off"
                : $"event {saved.Id} is not the one whose hash was kept elsewhere: the log was rewritten", last, count);
        return new Result(count, null, "", last, count);
    }

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    /// <summary>The result for the first event whose hash does not match; the events before it are intact.</summary>
    private static Result Edited((long Id, string PrevHash) e) =>
        new(e.Id - 1, e.Id, $"event {e.Id} was edited after it was written (its hash does not match its content)", e.PrevHash, e.Id - 1);

    /// <summary>Checks events' hashes in batches on the thread pool, at most two batches ahead of the reader. A batch
    /// holds each event's hashed text, stored hash and stored previous hash, copied out of the row.</summary>
    private sealed class HashChecks : IDisposable
    {
        private const int BatchSize = 4096;
        private readonly Queue<Task<(long, string)?>> _running = new();
        private Batch _batch = new();
        private (long Id, string PrevHash)? _firstEdited;

        public void Add(IAuditRows row, ReadOnlySpan<byte> hash, ReadOnlySpan<byte> prevHash)
        {
            _batch.Add(row, hash, prevHash);
            if (_batch.Count < BatchSize) return;
            var batch = _batch;
            _batch = new Batch();
            _running.Enqueue(Task.Run(batch.FirstEdited));
            while (_running.Count > 2) Collect();
        }

        /// <summary>The first event (in id order) whose hash does not match, once every batch so far is checked.</summary>
        public (long Id, string PrevHash)? FirstEdited()
        {
            while (_running.Count > 0) Collect();
            if (_firstEdited is null && _batch.Count > 0) _firstEdited = _batch.FirstEdited();
            _batch = new Batch();
            return _firstEdited;
        }

        private void Collect()
        {
            var result = _running.Dequeue().GetAwaiter().GetResult();
            _firstEdited ??= result;
        }

        public void Dispose()
        {
            while (_running.Count > 0) _running.Dequeue().Wait();
        }
    }

    private sealed class Batch
    {
        private readonly List<(long Id, int Text, int TextLength, int Hash, int HashLength, int Prev, int PrevLength)> _events = new(4096);
        private byte[] _bytes = new byte[1 << 20];
        private int _used;

        public int Count => _events.Count;

        public void Add(IAuditRows row, ReadOnlySpan<byte> hash, ReadOnlySpan<byte> prevHash)
        {
            var text = _used;
            var textLength = row.WriteText(ref _bytes, text);
            var hashAt = text + textLength;
            AuditBuffer.Reserve(ref _bytes, hashAt, hash.Length + prevHash.Length);
            hash.CopyTo(_bytes.AsSpan(hashAt));
            var prevAt = hashAt + hash.Length;
            prevHash.CopyTo(_bytes.AsSpan(prevAt));
            _used = prevAt + prevHash.Length;
            _events.Add((row.Id, text, textLength, hashAt, hash.Length, prevAt, prevHash.Length));
        }

        public (long, string)? FirstEdited()
        {
            foreach (var e in _events)
                if (!AuditHash.Matches(_bytes.AsSpan(e.Text, e.TextLength), _bytes.AsSpan(e.Hash, e.HashLength)))
                    return (e.Id, Text(_bytes.AsSpan(e.Prev, e.PrevLength)));
            return null;
        }
    }
}
