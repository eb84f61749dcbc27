using System.Globalization;

sealed class Client
{
    public required string Inn, Name, LegalForm, Status, Started, Lead;
    public string Kpp = "", Ogrn = "", Backup = "", Domain = "", Owner = "", LastOwnerContact = "", ContactPerson = "", Position = "";
    public List<string> Services = [], Phones = [], Emails = [], Messengers = [];
    public int Fee;
    public bool Key, New;
}

/// <summary>The 120 clients: names, ids, fees, services, contacts, who serves them, and the key clients.</summary>
sealed partial class Firm
{
    static readonly string[] Stems = ["Альфа", "Вектор", "Гранит", "Дельта", "Заря", "Искра", "Кедр", "Лотос", "Меридиан", "Нива",
        "Олимп", "Парус", "Радуга", "Сфера", "Тайга", "Уют", "Феникс", "Циркон", "Чайка", "Эталон", "Ясень", "Берёза", "Волна", "Горизонт"];
    static readonly string[] Trades = ["Строй", "Трейд", "Логистик", "Сервис", "Фуд", "Мед", "Тех", "Агро", "Групп", "Проект"];
    static readonly string[] Surnames = ["Андреев", "Борисов", "Васильев", "Григорьев", "Давыдов", "Ершов", "Жуков", "Захаров", "Ильин",
        "Ковалёв", "Лебедев", "Макаров", "Новиков", "Осипов", "Полов", "Романов", "Сергеев", "Тихонов", "Уткин", "Фролов", "Харитонов", "Щербаков", "Яковлев"];
    static readonly string[] Male = ["Алексей", "Борис", "Виктор", "Геннадий", "Денис", "Евгений", "Кирилл", "Леонид", "Максим", "Николай", "Олег", "Роман"];
    static readonly string[] Female = ["Алла", "Вера", "Галина", "Дарья", "Екатерина", "Инна", "Лариса", "Марина", "Нина", "Оксана", "Полина", "Светлана"];
    static readonly string[] Patronymic = ["Александров", "Владимиров", "Иванов", "Петров", "Сергеев", "Николаев"];

    public void Build()
    {
        var inns = new HashSet<string>();
        var names = new HashSet<string>();
        var teams = new[] { "north", "south", "west" };
        for (var i = 0; i < 120; i++)
        {
            var team = teams[i % 3];
            var accountants = Accountants(team);
            var lead = accountants[(i / 3) % accountants.Length];
            var sole = i % 6 == 5;
            var isNew = i >= 116;
            string name, form;
            if (sole)
            {
                var female = rnd.Next(2) == 0;
                var surname = Pick(Surnames) + (female ? "а" : "");
                name = $"ИП {surname} {(female ? Pick(Female) : Pick(Male))} {Pick(Patronymic)}{(female ? "на" : "ич")}";
                form = "ИП";
            }
            else
            {
                do name = $"ООО «{Pick(Stems)}-{Pick(Trades)}»"; while (!names.Add(name));
                form = "ООО";
            }
            string inn;
            do inn = sole ? Inn12() : Inn10(); while (!inns.Add(inn));
            var c = new Client
            {
                Inn = inn, Name = name, LegalForm = form, Lead = lead, New = isNew,
                Status = i is 40 or 87 ? "paused" : i is 23 or 64 ? "left" : "active",
                Started = isNew ? "2026-10-01" : Day(new DateOnly(2018, 1, 15), new DateOnly(2026, 6, 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Fee = sole ? 6000 + rnd.Next(0, 13) * 500 : 12000 + rnd.Next(0, 97) * 500,
            };
            if (!sole)
            {
                c.Kpp = inn[..4] + "01001";
                c.Ogrn = Ogrn13(inn[..2]);
                c.Domain = Translit(name.Split('«', '»')[1]).ToLowerInvariant() + ".example";
            }
            else c.Ogrn = Ogrnip(inn[..2]);
            // The relationship runs through one accountant for about one client in six (no backup).
            if (i % 7 != 3) c.Backup = rnd.Next(3) == 0 ? LeadOf(team) : accountants.Where(a => a != lead).ToArray()[rnd.Next(accountants.Length - 1)];
            c.Services.Add("bookkeeping");
            if (sole || rnd.Next(10) < 4) c.Services.Add("usn"); else c.Services.Add("vat");
            if (rnd.Next(10) < 7) c.Services.Add("payroll");
            var femaleContact = rnd.Next(2) == 0;
            var first = femaleContact ? Pick(Female) : Pick(Male);
            var last = Pick(Surnames) + (femaleContact ? "а" : "");
            c.ContactPerson = sole ? name[3..] : $"{first} {last}";
            c.Position = sole ? "Индивидуальный предприниматель" : rnd.Next(3) == 0 ? "Главный бухгалтер" : "Генеральный директор";
            c.Phones.Add($"+79{rnd.Next(10, 99)}{rnd.Next(100, 999)}{rnd.Next(10, 99)}{rnd.Next(10, 99)}");
            var mailbox = Translit(sole ? c.ContactPerson.Split(' ')[0] : last).ToLowerInvariant();
            if (sole || rnd.Next(8) == 0) c.Emails.Add($"{mailbox}{rnd.Next(10, 99)}@{(rnd.Next(2) == 0 ? "gmail.com" : "mail.ru")}");
            if (!sole) c.Emails.Add($"{mailbox}@{c.Domain}");
            if (rnd.Next(4) == 0) c.Messengers.Add($"@{mailbox}_{rnd.Next(10, 99)}");
            Clients.Add(c);
        }
        // Key clients: the largest fees among the established ones. The owners keep in touch with some of them.
        var key = Clients.Where(c => !c.New && c.Status == "active").OrderByDescending(c => c.Fee).Take(12).ToList();
        // One key client of the departing accountant, so that her leaving puts it at risk.
        var hers = Clients.Where(c => c.Lead == Departing && !c.New && c.Status == "active" && !key.Contains(c)).OrderByDescending(c => c.Fee).First();
        key[^1] = hers;
        for (var k = 0; k < key.Count; k++)
        {
            var c = key[k];
            c.Key = true;
            if (k % 4 == 3) continue;                       // no owner-side contact at all
            c.Owner = k % 2 == 0 ? "sokolov" : "belova";
            c.LastOwnerContact = Day(new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        foreach (var c in Clients.Where(c => c.Lead == Departing).Take(4)) c.Backup = "";
        BuildTasks();
    }

    static string Translit(string s)
    {
        var map = new Dictionary<char, string>
        {
            ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh", ['з'] = "z", ['и'] = "i",
            ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t",
            ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "",
            ['э'] = "e", ['ю'] = "yu", ['я'] = "ya", ['-'] = "-",
        };
        return string.Concat(s.ToLowerInvariant().Select(ch => map.TryGetValue(ch, out var v) ? v : ""));
    }
}
