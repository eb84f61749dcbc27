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
        var prev = AuditHash.Genesis;
        var lastAt = "";
        long expectedId = 1, count = 0;
        string? savedHashThere = null;
        // Each event's hash covers its own fields and the previous hash it stores, and the links are checked here in
        // order: so the hashes can be checked apart from the reading, a batch at a time on another core.
        using var hashes = new HashChecks();
        Result Stop(long id, string problem) => hashes.FirstEdited() is { } edited ? Edited(edited) : new Result(count, id, problem, prev, count);
        foreach (var (e, prevHash, hash) in store.Query(
                     "SELECT id, at, actor, real_actor, command, action, records, result, details, os_user, os_uid, prev_hash, hash FROM ops_audit ORDER BY id",
                     r => (new AuditEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                         r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetInt32(10)),
                         r.GetString(11), r.GetString(12))))
        {
            if (e.Id != expectedId)
                return Stop(e.Id, $"event {e.Id} follows event {expectedId - 1}: events {expectedId}..{e.Id - 1} were deleted");
            if (prevHash != prev)
                return Stop(e.Id, $"event {e.Id} does not link to the event before it (deleted, reordered or inserted)");
            hashes.Add(e, prevHash, hash);
            progress.Advance();
            if (string.CompareOrdinal(e.At, lastAt) < 0)
                return Stop(e.Id, $"event {e.Id} is dated {e.At}, before event {e.Id - 1} ({lastAt}): it was back-dated");
            if (saved is not null && e.Id == saved.Id) savedHashThere = hash;
            prev = hash;
            lastAt = e.At;
            expectedId++;
            count++;
        }
        if (hashes.FirstEdited() is { } bad) return Edited(bad);
        var head = store.Query("SELECT last_id, hash FROM ops_audit_head WHERE one = 1", r => (Id: r.GetInt64(0), Hash: r.GetString(1)))
            .Cast<(long Id, string Hash)?>().FirstOrDefault();
        if (head is { } h && (h.Id != count || h.Hash != prev))
            return new Result(count, count + 1, $"the chain ends at event {count} but its head says {h.Id}: events at the end were deleted", prev, count);
        if (head is null && count > 0)
            return new Result(count, 1, "the chain head is missing", prev, count);
        if (count == 0)
            return new Result(0, 0, "the audit log is empty, though every store's log starts with its ops.init event: it was emptied", prev, 0);
        if (saved is not null && savedHashThere != saved.Hash)
            return new Result(count, saved.Id, savedHashThere is null
                ? $"the head kept elsewhere is event {saved.Id}, but the log ends at event {count}: events at the end were cut off"
                : $"event {saved.Id} is not the one whose hash was kept elsewhere: the log was rewritten", prev, count);
        return new Result(count, null, "", prev, count);
    }

    /// <summary>The result for the first event whose hash does not match; the events before it are intact.</summary>
    private static Result Edited((long Id, string PrevHash) e) =>
        new(e.Id - 1, e.Id, $"event {e.Id} was edited after it was written (its hash does not match its content)", e.PrevHash, e.Id - 1);

    /// <summary>Checks events' hashes in batches on the thread pool, at most two batches ahead of the reader.</summary>
    private sealed class HashChecks : IDisposable
    {
        private const int BatchSize = 4096;
        private readonly Queue<Task<(long, string)?>> _running = new();
        private List<(AuditEvent Event, string PrevHash, string Hash)> _batch = new(BatchSize);
        private (long Id, string PrevHash)? _firstEdited;

        public void Add(AuditEvent e, string prevHash, string hash)
        {
            _batch.Add((e, prevHash, hash));
            if (_batch.Count < BatchSize) return;
            var batch = _batch;
            _batch = new(BatchSize);
            _running.Enqueue(Task.Run(() => Check(batch)));
            while (_running.Count > 2) Collect();
        }

        /// <summary>The first event (in id order) whose hash does not match, once every batch so far is checked.</summary>
        public (long Id, string PrevHash)? FirstEdited()
        {
            while (_running.Count > 0) Collect();
            if (_firstEdited is null && _batch.Count > 0) _firstEdited = Check(_batch);
            _batch.Clear();
            return _firstEdited;
        }

        private void Collect()
        {
            var result = _running.Dequeue().GetAwaiter().GetResult();
            _firstEdited ??= result;
        }

        private static (long, string)? Check(List<(AuditEvent Event, string PrevHash, string Hash)> batch)
        {
            foreach (var (e, prevHash, hash) in batch)
                if (!AuditHash.Matches(e, prevHash, hash)) return (e.Id, prevHash);
            return null;
        }

        public void Dispose()
        {
            while (_running.Count > 0) _running.Dequeue().Wait();
        }
    }
}
