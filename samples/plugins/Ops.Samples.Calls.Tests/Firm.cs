using System.Text.Json;
using Ops.Testing;

namespace Ops.Samples.Calls.Tests;

/// <summary>A store with the clients and calls plugins only (the others disabled, so their prerequisites do not
/// interfere), a small staff, six clients with contact phones, the firm's lines and a generated Master.csv.</summary>
internal static class Firm
{
    public static readonly DateTime Today = new(2026, 11, 26);

    public const string Alpha = "ООО Альфа", Beta = "ООО Бета", Gamma = "ООО Гамма", Delta = "ООО Дельта", Epsilon = "ООО Эпсилон", Zeta = "ООО Зета";

    public static readonly string Csv = $"""
        inn,name,key_client,owner_contact,lead,started_on,contact_person,contact_phones
        {Inn(1)},{Alpha},no,,anna,2025-01-10,Иван Петров,+7 916 111-00-01|8 (916) 111-00-02
        {Inn(2)},{Beta},no,,anna,2025-02-01,Мария Сидорова,+79161110003
        {Inn(3)},{Gamma},no,,boris,2025-03-01,Олег Гаммов,89161110004
        {Inn(4)},{Delta},yes,dir,boris,2025-04-01,Дарья Дельтова,+79161110005
        {Inn(5)},{Epsilon},yes,dir,anna,2025-05-01,Егор Эпсилонов,+79161110006
        {Inn(6)},{Zeta},no,,boris,2025-06-01,,
        """;

    /// <summary>A valid 10-digit INN (legal entity) built from <paramref name="n"/>.</summary>
    public static string Inn(int n)
    {
        var digits = $"77{n:D7}".Select(c => c - '0').ToList();
        int[] weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        digits.Add(digits.Zip(weights, (d, w) => d * w).Sum() % 11 % 10);
        return string.Concat(digits);
    }

    public static OpsTestStore Create(TestEngine engine = TestEngine.Sqlite, bool calls = true)
    {
        var store = OpsTestStore.Create(engine);
        foreach (var p in store.Run("plugins", "list", "--format", "json").ShouldSucceed().Json().EnumerateArray())
        {
            var id = p.GetProperty("id").GetString()!;
            if (id is not ("clients" or "calls")) store.Run("plugins", "disable", id);
        }
        store.AddStaff("dir", "director", name: "Директор");
        store.AddStaff("lena", "team-lead", team: "north");
        store.AddStaff("anna", "accountant", team: "north");
        store.AddStaff("boris", "accountant", team: "south");
        store.Run("clients", "import", store.WriteFile("clients.csv", Csv)).ShouldSucceed();
        store.Run("calls", "lines", "add", "100", "--login", "dir", "--recorded").ShouldSucceed();
        store.Run("calls", "lines", "add", "101", "--login", "anna", "--recorded").ShouldSucceed();
        store.Run("calls", "lines", "add", "102", "--login", "boris").ShouldSucceed();
        store.Run("calls", "lines", "add", "anna-mobile", "--login", "anna", "--personal").ShouldSucceed();
        store.Run("calls", "lines", "add", "trunk-mts", "--kind", "trunk", "--recorded").ShouldSucceed();
        if (calls) store.Run("calls", "import", Cdr().Write(Path.Combine(store.Directory, "Master.csv"))).ShouldSucceed();
        return store;
    }

    /// <summary>The scripted calls (what the reports must find) among 300 seeded noise calls.</summary>
    public static CdrGenerator Cdr(int seed = 7) => new CdrGenerator(seed)
        .Noise(150, Today.AddDays(-90), Today.AddDays(-1), "100", "101", "102")
        // Alpha: called and calling on anna's recorded line this month.
        .Out(Today.AddDays(-6).AddHours(10), "101", "+79161110001")
        .In(Today.AddDays(-5).AddHours(11), "+79161110002", "101")
        // Beta: the last corporate call was in September; this month anna used her own mobile, and a corporate call went unanswered.
        .Out(new DateTime(2026, 9, 1, 12, 0, 0), "101", "+79161110003")
        .Out(Today.AddDays(-16).AddHours(15), "anna-mobile", "+79161110003", 600)
        .Out(Today.AddDays(-8).AddHours(9), "101", "+79161110003", 0, "NO ANSWER")
        // Gamma: boris's line 102 is not recorded, and someone called from line 105 nobody registered.
        .In(Today.AddDays(-11).AddHours(14), "+79161110004", "102")
        .Out(Today.AddDays(-10).AddHours(16), "105", "+79161110004", 300)
        // Delta (key, owner dir): only anna called, 47 days ago.
        .Out(Today.AddDays(-47).AddHours(10), "101", "+79161110005")
        // Epsilon (key, owner dir): dir called yesterday.
        .Out(Today.AddDays(-1).AddHours(10), "100", "+79161110006")
        .Noise(150, Today.AddDays(-90), Today.AddDays(-1), "100", "101", "102");

    public static JsonElement Json(this OpsTestStore store, string who, params string[] args) =>
        store.RunAs(who, [.. args, "--format", "json"]).ShouldSucceed().Json();

    public static string[] Clients(this JsonElement rows) =>
        rows.EnumerateArray().Select(r => r.GetProperty("client").GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray();

    public static JsonElement Row(this JsonElement rows, string client) =>
        rows.EnumerateArray().First(r => r.GetProperty("client").GetString() == client);

    public static string[] Strings(this JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();
}
