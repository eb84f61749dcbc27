using System.Globalization;

namespace Ops.Bench.DataGen;

/// <summary>clients.csv in the import format of docs/contracts.md (`ops clients import FILE`).</summary>
internal static class ClientsCsv
{
    public static readonly string[] Header =
        ["inn", "name", "kpp", "status", "monthly_fee", "services", "key_client", "started_on", "domains", "lead", "backup",
         "contact_person", "contact_position", "contact_phones", "contact_emails"];

    private static readonly string[] Forms = ["ООО", "АО", "ООО", "ПАО"];
    private static readonly string[] Words = ["Ромашка", "Вектор", "Северный ветер", "Альфа-Строй", "Берёзка", "Техноком", "Меридиан", "Гранит"];
    private static readonly string[] Services = ["vat|payroll|usn", "vat|payroll", "usn", "payroll", "vat"];

    public static void Write(string path, Firm firm, Options o)
    {
        var random = new Random(o.Seed + 1);
        using var w = Csv.Create(path);
        w.WriteLine(Csv.Line(Header));
        for (var i = 1; i <= o.Clients; i++)
        {
            var name = $"{Forms[i % Forms.Length]} \"{Words[random.Next(Words.Length)]} {i}\"";
            var status = i % 50 == 0 ? "paused" : "active";
            var fee = (5000 + random.Next(0, 200) * 250).ToString(CultureInfo.InvariantCulture) + (i % 3 == 0 ? ".50" : "");
            var started = new DateOnly(2018, 1, 1).AddDays(random.Next(0, 3000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var domains = string.Join('|', Enumerable.Range(0, o.DomainsPerClient).Select(d => d == 0 ? $"client{i}.ru" : $"client{i}-{d}.com"));
            var people = Enumerable.Range(0, o.ContactsPerClient).ToArray();
            w.WriteLine(Csv.Line(
                Firm.Inn(i), name, "7701" + "01" + (i % 1000).ToString("D3", CultureInfo.InvariantCulture), status, fee,
                Services[i % Services.Length], i % 20 == 0 ? "yes" : "no", started, domains, firm.LeadOf(i), firm.BackupOf(i),
                people.Length == 0 ? "" : $"Контакт {i} Петровна", people.Length == 0 ? "" : "главный бухгалтер",
                string.Join('|', people.Select(c => "+7 9" + ((i * 7L + c) % 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture))),
                string.Join('|', people.Select(c => c == 0 ? $"buh@client{i}.ru" : $"person{c}@client{i}.ru"))));
        }
    }
}
