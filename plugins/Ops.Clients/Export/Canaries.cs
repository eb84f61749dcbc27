using Ops.Sdk.Store;

namespace Ops.Clients.Export;

/// <summary>A plausible client that exists only in one export: its INN has valid check digits, its
/// e-mail is on the canary domain and its phone is one the firm answers (or a unique made-up one).
/// Its shape (company or sole trader, KPP, status, fee) is copied from a real row of the same export.</summary>
internal sealed record Canary(string Name, string Inn, string? Kpp, string Status, string Person, string Email, string Phone, long FeeKopecks);

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
    private static readonly (string Male, string Female)[] Patronymics =
        [("Сергеевич", "Сергеевна"), ("Александрович", "Александровна"), ("Владимирович", "Владимировна"), ("Андреевич", "Андреевна"),
         ("Игоревич", "Игоревна"), ("Николаевич", "Николаевна"), ("Викторович", "Викторовна"), ("Олегович", "Олеговна")];
    private static readonly string[] Regions = ["77", "78", "50", "54", "66", "16", "52", "63", "61", "23", "74", "02"];
    private static readonly int[] Weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Weights12First = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Weights12Second = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private readonly HashSet<string> _taken = [];

    /// <summary>A new canary shaped like <paramref name="like"/> (a real row of the export), or like a company when null.</summary>
    public Canary Next(ExportRow? like)
    {
        var soleTrader = like?.Inn.Length == 12;
        for (var attempt = 0; ; attempt++)
        {
            var first = random.Next(FirstNames.Length);
            var (lastRu, lastLat) = LastNames[random.Next(LastNames.Length)];
            var female = first < 7;
            var patronymic = Patronymics[random.Next(Patronymics.Length)];
            var person = $"{lastRu}{(female ? "а" : "")} {FirstNames[first].Ru} {(female ? patronymic.Female : patronymic.Male)}";
            var name = soleTrader ? "ИП " + person : "ООО «" + Pick(Adjectives) + " " + Pick(Nouns) + Pick(Suffixes) + "»";
            if (attempt > 20 && !soleTrader) name = name.Replace("»", $"-{random.Next(2, 99)}»");
            var inn = soleTrader ? Inn12() : Inn10();
            var local = $"{FirstNames[first].Lat}.{lastLat}{(female ? "a" : "")}{random.Next(10, 100)}";
            var email = $"{local}@{settings.Domain}".ToLowerInvariant();
            if (!Free(name, inn, email)) continue;
            var phone = settings.Phones.Count > 0 ? settings.Phones[random.Next(settings.Phones.Count)] : $"+79{random.Next(10, 100)}{random.Next(1000000, 10000000)}";
            var fee = like is null ? random.Next(5, 60) * 100_000L
                : Math.Max(100_000L, (long)Math.Round(like.MonthlyFee * (decimal)(0.8 + random.NextDouble() * 0.4) / 500m) * 50_000L);
            var kpp = soleTrader || like is { Kpp: null } ? null : inn[..4] + "01001";
            return new Canary(name, inn, kpp, like?.Status ?? "active", person, email, phone, fee);
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

    private string Inn10()
    {
        var digits = Pick(Regions) + random.Next(10, 100) + random.Next(10000, 100000);
        return digits + Check(digits, Weights);
    }

    private string Inn12()
    {
        var digits = Pick(Regions) + random.Next(10, 100) + random.Next(100000, 1000000);
        digits += Check(digits, Weights12First);
        return digits + Check(digits, Weights12Second);
    }

    private static int Check(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * (digits[i] - '0');
        return sum % 11 % 10;
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
