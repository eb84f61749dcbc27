using Ops.Sdk.Store;

namespace Ops.Clients.Export;

/// <summary>A plausible client that exists only in one export: its INN has valid check digits, its
/// e-mail is on the canary domain and its phone is one the firm answers (or a unique made-up one).</summary>
internal sealed record Canary(string Name, string Inn, string Kpp, string Person, string Email, string Phone, long FeeKopecks);

/// <summary>Makes canaries unique across every export ever made, so that any one of them names its export.</summary>
internal sealed class CanaryMaker(IStore store, Settings settings, Random random)
{
    private static readonly string[] Adjectives =
        ["Северный", "Южный", "Восточный", "Западный", "Новый", "Первый", "Главный", "Точный", "Быстрый", "Верный", "Ясный",
         "Светлый", "Добрый", "Прочный", "Смелый", "Ровный", "Тихий", "Зелёный", "Синий", "Золотой", "Серебряный", "Алый",
         "Крепкий", "Честный", "Надёжный", "Уральский", "Сибирский", "Волжский", "Невский", "Балтийский"];
    private static readonly string[] Nouns =
        ["Ветер", "Берег", "Мост", "Путь", "Дом", "Сад", "Лес", "Двор", "Склад", "Цех", "Порт", "Парк", "Край", "Город",
         "Маяк", "Кедр", "Дуб", "Рубеж", "Вектор", "Стандарт", "Капитал", "Альянс", "Ресурс", "Проект", "Сервис", "Логистик",
         "Транзит", "Монтаж", "Профиль", "Элемент"];
    private static readonly string[] Suffixes = ["", "", " Плюс", " Групп", " Трейд", " Строй", " Инвест", " М", " Про", " Центр"];
    private static readonly (string Ru, string Lat)[] FirstNames =
        [("Анна", "a"), ("Ирина", "i"), ("Ольга", "o"), ("Елена", "e"), ("Наталья", "n"), ("Мария", "m"), ("Светлана", "s"),
         ("Алексей", "a"), ("Дмитрий", "d"), ("Сергей", "s"), ("Андрей", "a"), ("Павел", "p"), ("Михаил", "m"), ("Николай", "n")];
    private static readonly (string Ru, string Lat)[] LastNames =
        [("Смирнов", "smirnov"), ("Кузнецов", "kuznetsov"), ("Попов", "popov"), ("Васильев", "vasiliev"), ("Соколов", "sokolov"),
         ("Михайлов", "mikhailov"), ("Новиков", "novikov"), ("Фёдоров", "fedorov"), ("Морозов", "morozov"), ("Волков", "volkov"),
         ("Алексеев", "alekseev"), ("Лебедев", "lebedev"), ("Семёнов", "semenov"), ("Егоров", "egorov"), ("Павлов", "pavlov"),
         ("Козлов", "kozlov"), ("Степанов", "stepanov"), ("Николаев", "nikolaev"), ("Орлов", "orlov"), ("Андреев", "andreev")];
    private static readonly string[] Regions = ["77", "78", "50", "54", "66", "16", "52", "63", "61", "23", "74", "02"];
    private static readonly int[] Weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private readonly HashSet<string> _taken = [];

    public Canary Next()
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = "ООО «" + Pick(Adjectives) + " " + Pick(Nouns) + Pick(Suffixes) + "»";
            if (attempt > 20) name = name.Replace("»", $"-{random.Next(2, 99)}»");
            var inn = Inn();
            var first = random.Next(FirstNames.Length);
            var (lastRu, lastLat) = LastNames[random.Next(LastNames.Length)];
            var female = first < 7;
            var person = $"{FirstNames[first].Ru} {lastRu}{(female ? "а" : "")}";
            var local = $"{FirstNames[first].Lat}.{lastLat}{(female ? "a" : "")}{random.Next(10, 100)}";
            var email = $"{local}@{settings.Domain}".ToLowerInvariant();
            if (!Free(name, inn, email)) continue;
            var phone = settings.Phones.Count > 0 ? settings.Phones[random.Next(settings.Phones.Count)] : $"+79{random.Next(10, 100)}{random.Next(1000000, 10000000)}";
            var fee = random.Next(5, 60) * 100_000L;
            return new Canary(name, inn, inn[..4] + "01001", person, email, phone, fee);
        }
    }

    private bool Free(string name, string inn, string email)
    {
        if (!_taken.Add(name) || !_taken.Add(inn) || !_taken.Add(email)) return false;
        return store.Scalar<long>("""
            SELECT (SELECT count(*) FROM clients_export_canaries WHERE name = $Name OR inn = $Inn OR email = $Email)
                 + (SELECT count(*) FROM clients_clients WHERE name = $Name OR inn = $Inn)
            """, new { Name = name, Inn = inn, Email = email }) == 0;
    }

    private string Inn()
    {
        var digits = Pick(Regions) + random.Next(10, 100) + random.Next(10000, 100000);
        var check = 0;
        for (var i = 0; i < 9; i++) check += Weights[i] * (digits[i] - '0');
        return digits + (check % 11 % 10);
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
