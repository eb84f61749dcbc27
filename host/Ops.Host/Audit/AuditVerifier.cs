using Ops.Sdk.Store;

namespace Ops.Host.Audit;

/// <summary>Walks the chain from the first event and reports the first one that does not fit.</summary>
internal static class AuditVerifier
{
    public sealed record Result(long Events, long? BadEventId, string Problem, string HeadHash)
    {
        public bool Intact => BadEventId is null && Problem.Length == 0;
    }

    public static Result Verify(IStore store)
    {
        var prev = AuditHash.Genesis;
        long expectedId = 1, count = 0;
        foreach (var (e, prevHash, hash) in store.Query(
                     "SELECT id, at, actor, real_actor, command, action, records, result, details, prev_hash, hash FROM ops_audit ORDER BY id",
                     r => (new AuditEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                         r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8)), r.GetString(9), r.GetString(10))))
        {
            if (e.Id != expectedId)
                return new Result(count, e.Id, $"event {e.Id} follows event {expectedId - 1}: events {expectedId}..{e.Id - 1} were deleted", prev);
            if (prevHash != prev)
                return new Result(count, e.Id, $"event {e.Id} does not link to the event before it (deleted, reordered or inserted)", prev);
            if (AuditHash.Of(e, prevHash) != hash)
                return new Result(count, e.Id, $"event {e.Id} was edited after it was written (its hash does not match its content)", prev);
            prev = hash;
            expectedId++;
            count++;
        }
        var head = store.Query("SELECT last_id, hash FROM ops_audit_head WHERE one = 1", r => (Id: r.GetInt64(0), Hash: r.GetString(1)))
            .Cast<(long Id, string Hash)?>().FirstOrDefault();
        if (head is { } h && (h.Id != count || h.Hash != prev))
            return new Result(count, count + 1, $"the chain ends at event {count} but its head says {h.Id}: events at the end were deleted", prev);
        if (head is null && count > 0)
            return new Result(count, 1, "the chain head is missing", prev);
        return new Result(count, null, "", prev);
    }
}
