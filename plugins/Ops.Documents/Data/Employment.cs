using Ops.Sdk.Store;

namespace Ops.Documents.Data;

/// <summary>What documents say about an employee beyond the staff directory: the job title (not the software role),
/// the legal name in the order Фамилия Имя Отчество, and the labour contract an addendum amends.</summary>
internal sealed record Employment(string JobTitle, string LegalName, string ContractNumber, DateOnly? ContractDate)
{
    public static readonly Employment None = new("", "", "", null);

    public static IReadOnlyDictionary<string, Employment> All(IStore store) =>
        store.Query("SELECT login, job_title, legal_name, contract_number, contract_date FROM docs_employment",
                r => (Login: r.GetString(0), E: new Employment(r.GetString(1), r.GetString(2), r.GetString(3), r.Date("contract_date"))))
            .ToDictionary(x => x.Login, x => x.E, StringComparer.Ordinal);
}

/// <summary>A counterparty the trade secret was provided to, under a civil contract (98-FZ art. 10 part 1 item 3).</summary>
internal sealed record Counterparty(long Id, string Name, string Inn, string Contract, string Information, DateOnly ProvidedOn)
{
    public static IReadOnlyList<Counterparty> All(IStore store) =>
        store.Query("SELECT id, name, inn, contract, information, provided_on FROM docs_counterparties ORDER BY provided_on, id",
            r => new Counterparty(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.Date("provided_on")!.Value)).ToList();
}
