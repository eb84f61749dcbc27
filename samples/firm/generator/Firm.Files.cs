using System.Globalization;
using System.Text;

/// <summary>The files written: the clients' CSV files, the owners' contacts, the tasks and the demo script.</summary>
sealed partial class Firm
{
    public IEnumerable<(string, string)> Files()
    {
        yield return ("clients.csv", ClientsCsv(Clients.Where(c => !c.New)));
        yield return ("clients-new.csv", ClientsCsv(Clients.Where(c => c.New)));
        var refreshed = Clients.Where(c => c.Key && c.Owner.Length > 0).Where((_, i) => i % 2 == 0).ToList();
        var owner = new StringBuilder("inn,name,last_owner_contact\n");
        foreach (var c in refreshed) owner.Append(CultureInfo.InvariantCulture, $"{c.Inn},{Csv(c.Name)},2026-11-{10 + refreshed.IndexOf(c):00}\n");
        yield return ("owner-contacts.csv", owner.ToString());
        foreach (var (name, sb) in _tasks) yield return (name, sb.ToString());
        yield return ("demo.ops", DemoScriptText.Build(this, Regulations.Select(r =>
            $"ops pay regulations add {r.Code} --service {r.Service} --title \"{r.Title}\" --every {r.Every} --due-day {r.DueDay}{(r.Statutory ? " --statutory" : "")} --points {r.Points}")));
    }

    static string ClientsCsv(IEnumerable<Client> clients)
    {
        var sb = new StringBuilder("inn,name,kpp,ogrn,legal_form,status,monthly_fee,services,key_client,owner_contact,last_owner_contact,started_on,domains,lead,backup,contact_person,contact_position,contact_phones,contact_emails,contact_messengers\n");
        foreach (var c in clients)
            sb.Append(string.Join(',', c.Inn, Csv(c.Name), c.Kpp, c.Ogrn, c.LegalForm, c.Status, c.Fee.ToString(CultureInfo.InvariantCulture),
                string.Join('|', c.Services), c.Key ? "yes" : "no", c.Owner, c.LastOwnerContact, c.Started, c.Domain, c.Lead, c.Backup,
                Csv(c.ContactPerson), Csv(c.Position), string.Join('|', c.Phones), string.Join('|', c.Emails), string.Join('|', c.Messengers))).Append('\n');
        return sb.ToString();
    }

    static string Csv(string s) => s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
