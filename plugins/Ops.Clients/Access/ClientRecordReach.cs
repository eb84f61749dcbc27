using System.Globalization;
using Ops.Sdk;
using Ops.Sdk.Access;
using Ops.Sdk.Store;

namespace Ops.Clients.Access;

/// <summary>Explains whether a scope reaches one client: the narrowest tie between the person and the client
/// (owner-side contact, own assignment, the team's assignment), using the same SQL as every listing.</summary>
internal static class ClientRecordReach
{
    public static RecordReach? Explain(IOpsContext context, string login, Scope scope, string record)
    {
        if (!record.StartsWith("client:", StringComparison.Ordinal)
            || !long.TryParse(record["client:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        var name = context.Store.Scalar<string>("SELECT name FROM clients_clients WHERE id = $Id", new { Id = id });
        if (name is null) return new RecordReach(false, $"there is no client {id}");
        var person = context.Staff.Find(login);
        var args = ClientScope.Args(login, context.Today);
        args["Id"] = id;
        bool Within(Scope s) => context.Store.Scalar<long>($"SELECT count(*) FROM clients_clients c WHERE c.id = $Id AND {ClientScope.Predicate(s)}", args.AsReadOnly()) > 0;

        var tie = new[] { Scope.Own, Scope.Assigned, Scope.Team }.Cast<Scope?>().FirstOrDefault(s => Within(s!.Value));
        var because = tie switch
        {
            Scope.Own => $"{login} is the owner-side contact of client {id} «{name}»",
            Scope.Assigned => $"{login} is currently assigned to client {id} «{name}»",
            Scope.Team => $"client {id} «{name}» is served by someone in {login}'s team '{person?.Team}'",
            _ => $"{login} is neither the owner-side contact of client {id} «{name}» nor assigned to it, nor is anyone in their team",
        };
        if (scope == Scope.All) return new RecordReach(true, $"scope all reaches every client; {because}");
        return tie is { } t && t <= scope
            ? new RecordReach(true, because)
            : new RecordReach(false, $"scope {scope.Text()} does not reach it: {because}");
    }
}
