// Generates the sample firm's data files and demo script (samples/firm/*.csv, demo.ops), deterministically
// (seed 2026). The files are committed; run this only to change them:
//   dotnet run samples/firm/generator/generate.cs -- samples/firm
#:project ../../../host/Ops.Sdk/Ops.Sdk.csproj
using System.Globalization;
using System.Text;
using Ops.Sdk.Validation;

var outDir = args.Length > 0 ? args[0] : ".";
var firm = new Firm(new Random(2026));
firm.Build();
var utf8 = new UTF8Encoding(false);
foreach (var (name, text) in firm.Files()) File.WriteAllText(Path.Combine(outDir, name), text, utf8);
Console.Error.WriteLine($"wrote {firm.Clients.Count} clients, {firm.TaskCount} tasks and demo.ops to {outDir}");

sealed record Person(string Login, string Name, string Role, string Team, string Hire, string Email);

sealed class Client
{
    public required string Inn, Name, LegalForm, Status, Started, Lead;
    public string Kpp = "", Ogrn = "", Backup = "", Domain = "", Owner = "", LastOwnerContact = "", ContactPerson = "", Position = "";
    public List<string> Services = [], Phones = [], Emails = [], Messengers = [];
    public int Fee;
    public bool Key, New;
}

sealed class Firm(Random rnd)
{
    public const string Domain = "balans.example";
    public static readonly DateOnly Today = new(2026, 11, 26);
    public static readonly DateOnly Loaded = new(2026, 8, 28);
    public const string Departing = "volkova";

    public static readonly Person[] Staff =
    [
        new("sokolov", "Андрей Соколов", "director", "", "2015-02-02", ""),
        new("belova", "Елена Белова", "partner", "", "2016-04-01", "sokolov"),
        new("orlova", "Наталья Орлова", "team-lead", "north", "2017-09-01", "sokolov"),
        new("kuznetsov", "Дмитрий Кузнецов", "team-lead", "south", "2018-03-12", "sokolov"),
        new("morozova", "Ольга Морозова", "team-lead", "west", "2019-06-03", "sokolov"),
        new("volkova", "Марина Волкова", "accountant", "north", "2020-02-10", "orlova"),
        new("ivanova", "Мария Иванова", "accountant", "north", "2021-05-17", "orlova"),
        new("petrov", "Игорь Петров", "accountant", "north", "2023-01-16", "orlova"),
        new("smirnova", "Анна Смирнова", "accountant", "south", "2019-10-01", "kuznetsov"),
        new("fedorova", "Татьяна Федорова", "accountant", "south", "2022-08-15", "kuznetsov"),
        new("nikitin", "Павел Никитин", "accountant", "south", "2024-02-05", "kuznetsov"),
        new("pavlova", "Юлия Павлова", "accountant", "west", "2020-11-09", "morozova"),
        new("egorova", "Светлана Егорова", "accountant", "west", "2023-07-03", "morozova"),
        new("zaitseva", "Ксения Зайцева", "accountant", "west", "2025-03-03", "morozova"),
    ];

    // Who signed the acknowledgment and the NDA (and when); the others have not, which ops risk reports.
    static readonly string[] UnsignedBoth = ["fedorova", "nikitin"];
    static readonly string[] UnsignedNda = ["zaitseva"];

    static readonly (string Code, string Service, string Title, string Every, int DueDay, bool Statutory, int Points)[] Regulations =
    [
        ("bank-statements", "bookkeeping", "Выписки банка и первичка за месяц", "month", 10, false, 1),
        ("payroll", "payroll", "Зарплата, НДФЛ и взносы за месяц", "month", 15, true, 2),
        ("vat-return", "vat", "Декларация по НДС за квартал", "quarter", 25, true, 3),
        ("usn-advance", "usn", "Авансовый платёж по УСН за квартал", "quarter", 28, true, 2),
    ];

    static readonly string[] Stems = ["Альфа", "Вектор", "Гранит", "Дельта", "Заря", "Искра", "Кедр", "Лотос", "Меридиан", "Нива",
        "Олимп", "Парус", "Радуга", "Сфера", "Тайга", "Уют", "Феникс", "Циркон", "Чайка", "Эталон", "Ясень", "Берёза", "Волна", "Горизонт"];
    static readonly string[] Trades = ["Строй", "Трейд", "Логистик", "Сервис", "Фуд", "Мед", "Тех", "Агро", "Групп", "Проект"];
    static readonly string[] Surnames = ["Андреев", "Борисов", "Васильев", "Григорьев", "Давыдов", "Ершов", "Жуков", "Захаров", "Ильин",
        "Ковалёв", "Лебедев", "Макаров", "Новиков", "Осипов", "Полов", "Романов", "Сергеев", "Тихонов", "Уткин", "Фролов", "Харитонов", "Щербаков", "Яковлев"];
    static readonly string[] Male = ["Алексей", "Борис", "Виктор", "Геннадий", "Денис", "Евгений", "Кирилл", "Леонид", "Максим", "Николай", "Олег", "Роман"];
    static readonly string[] Female = ["Алла", "Вера", "Галина", "Дарья", "Екатерина", "Инна", "Лариса", "Марина", "Нина", "Оксана", "Полина", "Светлана"];
    static readonly string[] Patronymic = ["Александров", "Владимиров", "Иванов", "Петров", "Сергеев", "Николаев"];

    public List<Client> Clients { get; } = [];
    public int TaskCount { get; private set; }
    private readonly Dictionary<string, StringBuilder> _tasks = [];

    static string[] Accountants(string team) => Staff.Where(p => p.Team == team && p.Role == "accountant").Select(p => p.Login).ToArray();
    static string LeadOf(string team) => Staff.Single(p => p.Team == team && p.Role == "team-lead").Login;

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

    /// <summary>Tasks due in September, October and November 2026, as the firm's task control recorded them:
    /// most done on time, some late, and in November some of the departing accountant's still open.</summary>
    void BuildTasks()
    {
        foreach (var month in new[] { 9, 10, 11 })
        {
            var sb = new StringBuilder("regulation,inn,due_on,assignee,done_on\n");
            foreach (var r in Regulations)
            {
                if (r.Every == "quarter" && month != 10) continue;
                var due = new DateOnly(2026, month, Math.Min(r.DueDay, DateTime.DaysInMonth(2026, month)));
                if (month == 11 && due > Today) continue;
                foreach (var c in Clients.Where(c => c.Status == "active" && c.Services.Contains(r.Service) && (!c.New || month == 11 && r.Every == "month")))
                {
                    var roll = rnd.Next(100);
                    var importedOn = month == 11 ? new DateOnly(2026, 11, 25) : new DateOnly(2026, month, DateTime.DaysInMonth(2026, month));
                    string done;
                    if (month == 11 && c.Lead == Departing && roll < 45) done = "";
                    else if (month == 11 && roll < 4) done = "";
                    else if (roll < 9) done = due.AddDays(1 + rnd.Next(6)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    else done = due.AddDays(-rnd.Next(6)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (done.Length > 0 && DateOnly.Parse(done, CultureInfo.InvariantCulture) > importedOn) done = importedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    sb.Append(CultureInfo.InvariantCulture, $"{r.Code},{c.Inn},{due:yyyy-MM-dd},{c.Lead},{done}\n");
                    TaskCount++;
                }
            }
            _tasks[$"tasks-2026-{month:00}.csv"] = sb;
        }
    }

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

    /// <summary>Everyone signed the acknowledgment and the NDA when the regime was introduced, except a few.</summary>
    public static IEnumerable<string> Signatures()
    {
        foreach (var login in Staff.Select(p => p.Login).Prepend("admin").Where(l => !UnsignedBoth.Contains(l)))
        {
            yield return $"ops docs sign --person {login} --doc acknowledgment --date 2026-08-28";
            if (!UnsignedNda.Contains(login)) yield return $"ops docs sign --person {login} --doc nda --date 2026-08-28";
        }
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

    string Pick(string[] items) => items[rnd.Next(items.Length)];
    DateOnly Day(DateOnly from, DateOnly to) => from.AddDays(rnd.Next(to.DayNumber - from.DayNumber + 1));

    string Digits(int n) { var sb = new StringBuilder(); for (var i = 0; i < n; i++) sb.Append((char)('0' + rnd.Next(10))); return sb.ToString(); }
    static int Check(string d, int[] w) { var s = 0; for (var i = 0; i < w.Length; i++) s += w[i] * (d[i] - '0'); return s % 11 % 10; }

    string Inn10()
    {
        var body = (rnd.Next(2) == 0 ? "77" : "50") + Digits(7);
        return Valid(body + Check(body, [2, 4, 10, 3, 5, 9, 4, 6, 8]), RussianIds.InnProblem);
    }

    string Inn12()
    {
        var body = (rnd.Next(2) == 0 ? "77" : "50") + Digits(8);
        body += Check(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
        return Valid(body + Check(body, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]), RussianIds.InnProblem);
    }

    string Ogrn13(string region)
    {
        var body = "1" + rnd.Next(10, 25).ToString(CultureInfo.InvariantCulture) + region + Digits(7);
        return Valid(body + long.Parse(body, CultureInfo.InvariantCulture) % 11 % 10, RussianIds.OgrnProblem);
    }

    string Ogrnip(string region)
    {
        var body = "3" + rnd.Next(10, 25).ToString(CultureInfo.InvariantCulture) + region + Digits(9);
        return Valid(body + long.Parse(body, CultureInfo.InvariantCulture) % 13 % 10, RussianIds.OgrnProblem);
    }

    static string Valid(string id, Func<string, string?> problem) => problem(id) is { } p ? throw new InvalidOperationException(p) : id;

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

/// <summary>The demo script: the firm's history as the ops command lines that made it.</summary>
static class DemoScriptText
{
    public static string Build(Firm firm, IEnumerable<string> regulations)
    {
        var s = new StringBuilder();
        void L(string line = "") => s.Append(line).Append('\n');
        L("# The sample firm ООО «Баланс-Консалт» as the ops command lines that built it, run by the demo (samples/demo).");
        L("# Generated by samples/firm/generator/generate.cs (seed 2026): change the generator, not this file.");
        L("# @as LOGIN = the OS login of the following lines; @at = their clock (each line then adds a minute);");
        L("# @expect = exit codes the next line may end with (default 0); $OUT = the output folder; $FIRM = this folder.");
        L();
        L("@say 2026-08-28: the firm introduces Ops: staff, clients, access, the trade-secret regime, mail policy, pay plans");
        L("@at 2026-08-28T07:00:00Z");
        L("@as admin");
        L("ops init --sandbox --name \"Сергей Админов\" --login admin --email admin@balans.example");
        L("ops firm set --name \"ООО «Баланс-Консалт»\" --inn 7703123457 --ogrn 1027700312342 --address \"119049, г. Москва, ул. Примерная, д. 7, офис 12\" --director \"Андрей Соколов\" --domain balans.example --shared-mailbox office@balans.example --archive-mailbox archive@balans.example");
        foreach (var p in Firm.Staff)
            L($"ops staff add {p.Login} --name \"{p.Name}\" --role {p.Role} --email {p.Login}@{Firm.Domain} --hire-date {p.Hire}"
              + (p.Team.Length > 0 ? $" --team {p.Team}" : "") + (p.Email.Length > 0 ? $" --manager {p.Email}" : ""));
        L("# The weak spot most firms start with: every accountant may browse the whole client list. Marina Volkova");
        L("# was also given everyone's contacts and the right to export, for a mailing in the spring, and kept them.");
        L("ops access grant clients.view --role accountant --scope all");
        L($"ops access grant clients.contacts --person {Firm.Departing} --scope all");
        L($"ops access grant clients.export --person {Firm.Departing} --scope all");
        L("ops clients import $FIRM/clients.csv");
        L("ops docs adopt list --date 2026-08-28 --order 7-од");
        L("ops docs adopt regulation --date 2026-08-28 --order 8-од");
        foreach (var line in Firm.Signatures()) L(line);
        L("ops mail policy set --archive archive@balans.example --shared-address office@balans.example --free-mail-action flag --notice-subject \"Пишите на общий адрес\" --notice \"Здравствуйте! Пожалуйста, пишите нам на {shared}, чтобы ваше письмо не потерялось.\"");
        L("@as sokolov");
        foreach (var plan in new[] { "accountant", "team-lead", "partner" }) L($"ops pay plans add $FIRM/plans/{plan}.yaml");
        L("@as admin");
        foreach (var line in regulations) L(line);
        L();
        L("@say September-November: work as usual, tasks recorded, new clients, the owners' calls");
        L("@at 2026-09-30T16:00:00Z");
        L("ops pay tasks import $FIRM/tasks-2026-09.csv");
        Browse(L, firm, "2026-10-01T08:00:00Z", new DateOnly(2026, 10, 1));
        L("@as admin");
        L("ops clients import $FIRM/clients-new.csv");
        L("@at 2026-10-30T16:00:00Z");
        L("@as sokolov");
        L("@expect 0,1");
        L("ops risk --save --format json > $OUT/risk-2026-10-30.json");
        L("@at 2026-10-31T16:00:00Z");
        L("@as admin");
        L("ops pay tasks import $FIRM/tasks-2026-10.csv");
        L("@at 2026-11-02T09:00:00Z");
        L("@as sokolov");
        L("ops pay close --period 2026-10");
        Browse(L, firm, "2026-11-10T08:00:00Z", new DateOnly(2026, 11, 10));
        L();
        L("@say 2026-11-18: Marina Volkova gives notice; her last day is 2 December");
        L("@at 2026-11-18T08:00:00Z");
        L("@as admin");
        L($"ops staff leave {Firm.Departing} --last-day 2026-12-02 --notice-date 2026-11-18");
        L("@say 2026-11-19..20: she browses other teams' clients and their contacts");
        L("@at 2026-11-19T15:10:00Z");
        L($"@as {Firm.Departing}");
        L("ops clients list");
        var others = firm.Clients.Where(c => c.Status == "active" && Firm.Staff.Single(p => p.Login == c.Lead).Team != "north")
            .OrderByDescending(c => c.Key).ThenByDescending(c => c.Fee).Take(14).ToList();
        foreach (var c in others.Take(8)) L($"ops clients show {c.Inn}");
        L("@at 2026-11-20T16:40:00Z");
        foreach (var c in others.Skip(8)) L($"ops clients contacts list {c.Inn}");
        L("@say 2026-11-20: the director records his calls to key clients");
        L("@at 2026-11-20T17:30:00Z");
        L("@as sokolov");
        L("ops clients import $FIRM/owner-contacts.csv");
        L("@say 2026-11-24: she exports the client list");
        L("@at 2026-11-24T17:55:00Z");
        L($"@as {Firm.Departing}");
        L("ops clients export --format csv --out $OUT/exported-by-volkova-2026-11-24.csv");
        L();
        L("@say 2026-11-25: November's tasks recorded");
        L("@at 2026-11-25T16:00:00Z");
        L("@as admin");
        L("ops pay tasks import $FIRM/tasks-2026-11.csv");
        L();
        L("@say 2026-11-26: what the firm deploys: mail rules, trade-secret documents, pay statements");
        L("@at 2026-11-26T09:00:00Z");
        L("@as sokolov");
        L("ops mail generate --target all --out $OUT/mail");
        L("ops mail coverage > $OUT/mail/coverage.txt");
        foreach (var doc in new[] { "regulation", "list", "register", "acknowledgment", "client-clause" })
            L($"ops docs render {doc} --format html --out $OUT/docs");
        L("ops docs render nda --all --format docx --out $OUT/docs/nda");
        L("ops docs render monitoring-notice --all --format md --out $OUT/docs/monitoring-notice");
        L("@expect 1");
        L("ops docs regime > $OUT/docs/regime.txt");
        foreach (var period in new[] { "2026-09", "2026-10", "2026-11" })
            L($"ops pay calc --period {period} --format csv > $OUT/pay/statements-{period}.csv");
        L($"ops pay calc --period 2026-10 --person {Firm.Departing} > $OUT/pay/{Firm.Departing}-2026-10.txt");
        L("ops audit verify");
        L("@expect 0,1");
        L("ops clients watch --format json > $OUT/watch.json");
        L();
        L("@say 2026-11-26: her departure plan; the director hands her clients over and gets his call list");
        L("@at 2026-11-26T10:00:00Z");
        L("@expect 1");
        L($"ops staff offboard {Firm.Departing} > $OUT/departure/plan.txt");
        L($"ops clients handover {Firm.Departing} > $OUT/departure/handover-proposal.txt");
        L($"ops clients handover {Firm.Departing} --calls > $OUT/departure/owner-calls.txt");
        L($"ops clients handover {Firm.Departing} --apply");
        L("@expect 1");
        L($"ops staff offboard {Firm.Departing} --format json > $OUT/departure/plan-after-handover.json");
        L("@say evidence (issue 17): her mail answer, the documents she signs on her last day, the director's letters to her clients, the pack for the lawyer");
        L($"ops mail autoreply {Firm.Departing} --successor orlova --target all --out $OUT/departure/autoreply");
        foreach (var doc in new[] { "departure-reminder", "return-act" })
            L($"ops docs render {doc} --person {Firm.Departing} --format docx --out $OUT/departure");
        L($"ops docs letters {Firm.Departing} --out $OUT/departure/letters");
        L($"ops case export {Firm.Departing} --out $OUT/case-{Firm.Departing} --leaked $OUT/exported-by-{Firm.Departing}-2026-11-24.csv");
        L($"ops case verify $OUT/case-{Firm.Departing}");
        L();
        L("@say the risk report: risk.html for the director, and the table");
        L("@expect 0,1");
        L("ops risk --format json > $OUT/risk.json");
        L("@expect 0,1");
        L("ops risk --save --format html --out $OUT/risk.html");
        L("@expect 0,1");
        L("ops risk");
        return s.ToString();
    }

    /// <summary>Each accountant looks at a few of the clients they serve, as in any working week.</summary>
    static void Browse(Action<string> L, Firm firm, string at, DateOnly day)
    {
        L($"@at {at}");
        foreach (var p in Firm.Staff.Where(p => p.Role == "accountant"))
        {
            L($"@as {p.Login}");
            L($"ops clients list --lead {p.Login}");
            foreach (var c in firm.Clients.Where(c => c.Lead == p.Login && c.Status == "active" && !c.New).Skip(day.Day % 3).Take(2))
                L($"ops clients show {c.Inn}");
        }
    }
}
