using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Errors;

namespace Ops.Clients.Access;

/// <summary>The actor's rights on clients for one command: which clients they may see and whose contacts.</summary>
internal sealed class ClientAccess
{
    public ClientAccess(IOpsContext context)
    {
        Context = context;
        View = context.Access.Decide(Permissions.View);
        Contacts = context.Access.Decide(Permissions.Contacts);
        Today = context.Today;
    }

    public IOpsContext Context { get; }
    public AccessDecision View { get; }
    public AccessDecision Contacts { get; }
    public DateOnly Today { get; }

    /// <summary>SQL true for clients the actor may see (alias c).</summary>
    public string ViewSql => ClientScope.Predicate(View.Scope);

    /// <summary>SQL true for clients whose contacts the actor may see unmasked (alias c).</summary>
    public string ContactsSql => ClientScope.Predicate(View.Allowed ? Contacts.Scope : null);

    /// <summary>Fresh scope parameters; callers add their own.</summary>
    public Dictionary<string, object?> Args() =>
        ClientScope.Args(Context.Actor.Login, Today);

    /// <summary>Throws (and audits) unless clients.view is granted at some scope.</summary>
    public void DemandView() => Context.Access.Demand(Permissions.View);

    /// <summary>Why contacts are masked, for a message on stderr, or null when some are visible by grant.</summary>
    public string MaskNote(int masked) => Contacts.Allowed
        ? $"contacts of {masked} client(s) are masked: clients.contacts reaches {Contacts.Scope.Text()} clients only"
        : $"contacts are masked: {Contacts.Reason}";

    /// <summary>Demands that a scoped permission covers one client, reporting an out-of-scope client as absent.</summary>
    public static void DemandFor(IOpsContext context, string permission, long clientId, DateOnly today)
    {
        var decision = context.Access.Decide(permission);
        if (!decision.Allowed) context.Access.Demand(permission);
        if (decision.Scope == Scope.All) return;
        var args = ClientScope.Args(context.Actor.Login, today);
        args["Id"] = clientId;
        var covered = context.Store.Scalar<long>(
            $"SELECT count(*) FROM clients_clients c WHERE c.id = $Id AND {ClientScope.Predicate(decision.Scope)}", args) > 0;
        if (covered) return;
        context.Audit.Record(permission, ["client:" + clientId], "denied", $"scope {decision.Scope.Text()} does not reach this client");
        throw new AccessDeniedException(
            $"denied: {permission} is granted with scope {decision.Scope.Text()}, which does not reach client {clientId}",
            $"ask an admin: ops access explain {context.Actor.Login} {permission}");
    }
}
