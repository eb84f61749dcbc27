using System.Text;
using System.Text.Json;
using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>A store with the clients plugin only (other bundled plugins disabled, so their
/// prerequisites do not interfere), a small staff and a few imported clients.</summary>
internal static class Firm
{
    // Valid INNs (check digits verified).
    public const string AlphaInn = "7707083893";
    public const string BetaInn = "7728168971";
    public const string GammaInn = "5408131552";
    public const string DeltaInn = "7736207543";

    public const string Csv = """
        inn,name,kpp,monthly_fee,key_client,owner_contact,last_owner_contact,domains,lead,backup,contact_person,contact_position,contact_phones,contact_emails
        7707083893,ООО Альфа,770701001,12500,yes,dir,2026-10-01,alfa.ru,anna,,Иван Петров,директор,+7 912 555-01-12,ivan@alfa.ru
        7728168971,ООО Бета,772801001,"8 000,00",no,,,beta.ru|beta.com,boris,,Мария Сидорова,бухгалтер,8 (903) 111-22-33,maria@beta.ru
        5408131552,ООО Гамма,,20000,no,,,gamma.ru,lena,anna,Олег Гаммов,,+79135550077,oleg@gamma.ru
        7736207543,ООО Дельта,,5000,no,,,,boris,,Дарья Дельтова,,+79998887766,daria@delta.ru
        """;

    /// <summary>The firm, set up at <paramref name="at"/> (default: the store's usual now); later steps may only go forward,
    /// as the audit does.</summary>
    public static OpsTestStore Create(TestEngine engine = TestEngine.Sqlite, bool import = true, DateTimeOffset? at = null)
    {
        var store = OpsTestStore.Create(engine);
        if (at is { } start) store.Now = start;
        DisableOthers(store);
        store.AddStaff("dir", "director", name: "Директор");
        store.AddStaff("lead", "team-lead", team: "north");
        store.AddStaff("anna", "accountant", team: "north");
        store.AddStaff("lena", "accountant", team: "north");
        store.AddStaff("boris", "accountant", team: "south");
        if (import) store.Run("clients", "import", store.WriteFile("firm.csv", Csv)).ShouldSucceed();
        return store;
    }

    public static void DisableOthers(OpsTestStore store)
    {
        var plugins = store.Run("plugins", "list", "--format", "json").ShouldSucceed().Json();
        foreach (var p in plugins.EnumerateArray())
        {
            var id = p.GetProperty("id").GetString()!;
            if (id != "clients") store.Run("plugins", "disable", id);
        }
    }

    public static JsonElement Json(this OpsTestStore store, string who, params string[] args) =>
        store.RunAs(who, [.. args, "--format", "json"]).ShouldSucceed().Json();

    public static JsonElement ByInn(this JsonElement list, string inn) =>
        list.EnumerateArray().Single(e => e.GetProperty("inn").GetString() == inn);

    public static string[] Inns(this JsonElement list) =>
        list.EnumerateArray().Select(e => e.GetProperty("inn").GetString()!).Order().ToArray();

    public static string[] Strings(this JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    /// <summary>The records of an audit event (kept by the host as a JSON array in text).</summary>
    public static string[] Records(this JsonElement auditEvent)
    {
        var r = auditEvent.GetProperty("records");
        return r.ValueKind == JsonValueKind.String ? JsonDocument.Parse(r.GetString()!).RootElement.Strings() : r.Strings();
    }

    public static long Id(this OpsTestStore store, string inn) =>
        store.Json("dir", "clients", "show", inn).GetProperty("id").GetInt64();

    public static Encoding Win1251
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1251);
        }
    }
}
