using Ops.Documents.Data;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Store;

namespace Ops.Documents.Regime;

/// <summary>One measure of 98-FZ art. 10 part 1 and where the firm stands on it.</summary>
internal sealed record Measure(int Number, string Id, string Title, IReadOnlyList<string> Missing, IReadOnlyList<string> Fixes, IReadOnlyList<string> Records)
{
    public bool Done => Missing.Count == 0;
}

/// <summary>Checks the five measures against the live store. The regime exists only when all five are done.</summary>
internal static class RegimeCheck
{
    public static IReadOnlyList<Measure> Run(IOpsContext context)
    {
        var store = context.Store;
        var people = People.Load(context).Where(p => p.HasSecretAccess).ToList();
        var signatures = new Signatures(store);
        int V(string doc) => TemplateSource.CurrentVersion(store, doc);
        var today = context.Today.ToIso();

        // 1. The list of information.
        var items = Secrets.Current(store);
        var listMissing = new List<string>();
        var listFixes = new List<string>();
        if (items.Count == 0) { listMissing.Add("the list of information constituting the trade secret is empty"); listFixes.Add("ops docs secrets add \"…\""); }
        foreach (var w in Art5Lint.Check(items)) { listMissing.Add(w.ToString()); listFixes.Add($"ops docs secrets remove {w.Item.Id}"); }
        var listAdoption = Adoptions.Latest(store, "list");
        if (listAdoption is null) { listMissing.Add("the list has not been approved by an order"); listFixes.Add($"ops docs adopt list --date {today} --order N"); }
        else if (listAdoption.Fingerprint != Secrets.Fingerprint(items))
        {
            listMissing.Add($"the list changed after its approval on {listAdoption.AdoptedOn.ToIso()} (order {listAdoption.OrderRef}); approve the current list");
            listFixes.Add($"ops docs adopt list --date {today} --order N");
        }

        // 2. Restricting access by a procedure for handling it and controlling compliance.
        var accessMissing = new List<string>();
        var accessFixes = new List<string>();
        Adopted(store, "regulation", V("regulation"), today, accessMissing, accessFixes);
        if (context.Plugins.VersionOf("clients") is not null && !context.Plugins.IsEnabled("clients"))
        {
            accessMissing.Add("the client registry is installed but disabled, so access to client contacts is neither restricted nor recorded");
            accessFixes.Add("ops plugins enable clients");
        }

        // 3. The record of persons with access: each entry needs the date of acquaintance (art. 11).
        var unacknowledged = people.Where(p => signatures.Of(p.Login, "acknowledgment", V("acknowledgment")) is null).Select(p => p.Login).ToList();
        var registerMissing = new List<string>();
        var registerFixes = new List<string>();
        if (unacknowledged.Count > 0)
        {
            registerMissing.Add($"{CountPeople(unacknowledged)} access to the trade secret without a signed acknowledgment (version {V("acknowledgment")}): {string.Join(", ", unacknowledged)}");
            registerFixes.AddRange(unacknowledged.Select(l => $"ops docs sign --person {l} --doc acknowledgment --date {today}"));
        }

        // 4. Regulating use by employees (labor contracts) and counterparties (civil contracts).
        var contractMissing = new List<string>();
        var contractFixes = new List<string>();
        var contractRecords = new List<string>();
        foreach (var (doc, what) in new[] { ("nda", "a signed undertaking"), ("addendum", "a signed labor-contract addendum") })
        {
            var lacking = people.Where(p => signatures.Of(p.Login, doc, V(doc)) is null).ToList();
            if (lacking.Count == 0) continue;
            var contacts = lacking.Count(p => p.HasClientContacts);
            var kind = contacts == lacking.Count ? "client-contact access" : "access to the trade secret";
            contractMissing.Add($"{CountPeople(lacking.Select(p => p.Login).ToList())} {kind} without {what} (version {V(doc)}): {string.Join(", ", lacking.Select(p => p.Login))}");
            contractFixes.AddRange(lacking.Select(p => $"ops docs sign --person {p.Login} --doc {doc} --date {today}"));
            contractRecords.AddRange(lacking.Select(p => "staff:" + p.Login));
        }
        Adopted(store, "client-clause", V("client-clause"), today, contractMissing, contractFixes);

        // 5. The stamp «Коммерческая тайна» with the owner's name and location.
        var stampMissing = new List<string>();
        var stampFixes = new List<string>();
        if (context.Firm.FullName.Length == 0)
        {
            stampMissing.Add("the firm's full name is not set, so the stamp cannot name the owner as art. 10 part 1 item 5 asks (the short name is not enough)");
            stampFixes.Add(context.Firm.IsSoleTrader ? "ops firm set --full-name \"Индивидуальный предприниматель Фамилия Имя Отчество\""
                : "ops firm set --full-name \"Общество с ограниченной ответственностью «…»\"");
        }
        if (context.Firm.StampLocation.Length == 0)
        {
            stampMissing.Add(context.Firm.IsSoleTrader ? "the sole trader's place of residence is not set" : "the firm's location is not set, so the stamp cannot give it");
            stampFixes.Add("ops firm set --location \"г. Москва\"");
        }

        return
        [
            new(1, "list", "List of information constituting the trade secret", listMissing, listFixes, items.Select(i => "secret:" + i.Id).ToList()),
            new(2, "access", "Access restricted by a procedure, compliance controlled", accessMissing, accessFixes, []),
            new(3, "register", "Record of persons with access", registerMissing, registerFixes, unacknowledged.Select(l => "staff:" + l).ToList()),
            new(4, "contracts", "Use regulated by labor and civil contracts", contractMissing, contractFixes, contractRecords.Distinct().ToList()),
            new(5, "stamp", "Stamp «Коммерческая тайна» with the owner's name and location", stampMissing, stampFixes, []),
        ];
    }

    private static void Adopted(Ops.Sdk.Store.IStore store, string doc, int version, string today, List<string> missing, List<string> fixes)
    {
        var kind = DocumentKind.Find(doc)!;
        var adoption = Adoptions.Latest(store, doc);
        if (adoption is not null && adoption.Version == version) return;
        missing.Add(adoption is null
            ? $"«{kind.TitleRu}» ({doc}) has not been adopted by an order"
            : $"«{kind.TitleRu}» ({doc}) was adopted in version {adoption.Version}; version {version} is in force and needs a new order");
        fixes.Add($"ops docs adopt {doc} --date {today} --order N");
    }

    private static string CountPeople(IReadOnlyCollection<string> logins) => logins.Count == 1 ? "1 person has" : $"{logins.Count} people have";
}
