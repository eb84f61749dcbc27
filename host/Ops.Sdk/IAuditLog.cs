namespace Ops.Sdk;

/// <summary>The firm's append-only audit log. Events are hash-chained by the host.</summary>
public interface IAuditLog
{
    /// <summary>Appends an event for the current actor and command.</summary>
    /// <param name="action">What was done, dotted like a permission: <c>clients.contacts.view</c>.</param>
    /// <param name="records">The records touched, as <c>kind:id</c> (e.g. <c>client:42</c>).</param>
    /// <param name="result"><c>ok</c>, <c>denied</c> or a short failure word.</param>
    /// <param name="details">Optional free text (a filter, a file name).</param>
    void Record(string action, IEnumerable<string>? records = null, string result = "ok", string? details = null);
}
