namespace Ops.Sdk.Access;

/// <summary>A published view that says who reaches which record and how, so that every plugin reading those
/// records applies a scope the same way. Its rows are <c>(IdColumn, login, tie, from_date, to_date)</c>: tie is the
/// narrowest scope name that the row grants (<c>own</c>, <c>assigned</c> or <c>team</c>), and a row holds on the days
/// from <c>from_date</c> (inclusive, null = always) to <c>to_date</c> (exclusive, null = open). A scope reaches a record
/// when the person has a tie to it that holds today and is that scope or narrower; <c>all</c> reaches every record.</summary>
/// <param name="name">The view's name, e.g. <c>client_reach_v1</c>.</param>
/// <param name="idColumn">The column naming the record, e.g. <c>client_id</c>.</param>
public sealed class ReachView(string name, string idColumn)
{
    /// <summary>The view's name.</summary>
    public string Name { get; } = name;

    /// <summary>The column naming the record.</summary>
    public string IdColumn { get; } = idColumn;

    /// <summary>The client registry's reach (plugin <c>clients</c>, docs/contracts.md): own = the owner-side contact;
    /// assigned = an assignment (lead or backup) of the person; team = an assignment of anyone in the person's team.</summary>
    public static ReachView Clients { get; } = new("client_reach_v1", "client_id");

    /// <summary>SQL that is true for the records <paramref name="scope"/> reaches; <paramref name="idExpression"/> names the
    /// record in the outer query (e.g. <c>c.id</c>). It uses the parameters of <see cref="Args"/>.</summary>
    public string Predicate(Scope? scope, string idExpression) => scope switch
    {
        null => "1 = 0",
        Scope.All => "1 = 1",
        { } s => $"EXISTS (SELECT 1 FROM {Name} reach WHERE reach.{IdColumn} = {idExpression} AND reach.login = $ScopeLogin"
                 + $" AND reach.tie IN ({string.Join(", ", ScopeText.Names.Take((int)s).Select(n => $"'{n}'"))})"
                 + " AND (reach.from_date IS NULL OR reach.from_date <= $ScopeToday)"
                 + " AND (reach.to_date IS NULL OR reach.to_date > $ScopeToday))",
    };

    /// <summary>The parameters <see cref="Predicate"/> uses, for <paramref name="login"/> on <paramref name="today"/>
    /// (see <see cref="IOpsContext.Today"/>); callers add their own.</summary>
    public static Dictionary<string, object?> Args(string login, DateOnly today) => new()
    {
        ["ScopeLogin"] = login,
        ["ScopeToday"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
