using Ops.Host.Store;
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

    public static Result Verify(IHostStore store, SavedHead? saved = null) => store.Read(() => Walk(store, saved));

    private static Result Walk(IStore store, SavedHead? saved)
    {
        var prev = AuditHash.Genesis;
        var lastAt = "";
        long expectedId = 1, count = 0;
        string? savedHashThere = null;
        foreach (var (e, prevHash, hash) in store.Query(
                     "SELECT id, at, actor, real_actor, command, action, records, result, details, os_user, os_uid, prev_hash, hash FROM ops_audit ORDER BY id",
                     r => (new AuditEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                         r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetInt32(10)),
                         r.GetString(11), r.GetString(12))))
        {
            if (e.Id != expectedId)
                return new Result(count, e.Id, $"event {e.Id} follows event {expectedId - 1}: events {expectedId}..{e.Id - 1} were deleted", prev, count);
            if (prevHash != prev)
                return new Result(count, e.Id, $"event {e.Id} does not link to the event before it (deleted, reordered or inserted)", prev, count);
            if (AuditHash.Of(e, prevHash) != hash)
                return new Result(count, e.Id, $"event {e.Id} was edited after it was written (its hash does not match its content)", prev, count);
            if (string.CompareOrdinal(e.At, lastAt) < 0)
                return new Result(count, e.Id, $"event {e.Id} is dated {e.At}, before event {e.Id - 1} ({lastAt}): it was back-dated", prev, count);
            if (saved is not null && e.Id == saved.Id) savedHashThere = hash;
            prev = hash;
            lastAt = e.At;
            expectedId++;
            count++;
        }
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
}
