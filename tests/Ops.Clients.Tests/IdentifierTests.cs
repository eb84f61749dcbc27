using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary>Identifiers and phones are checked by what they mean (region, record kind, numbering plan), not only
/// by their shape, so an invented or mistyped value cannot enter the registry.</summary>
public sealed class IdentifierTests
{
    private const string SoleTraderInn = "500100732259";
    private const string AlphaOgrn = "1027700132195";
    private const string SoleTraderOgrnip = "304500116000157";

    [Theory]
    [InlineData("0000000000")]
    [InlineData("000000000000")]
    public void An_INN_of_region_00_is_refused_although_its_check_digits_add_up(string inn)
    {
        using var store = Firm.Create(import: false);
        var add = store.RunAs("dir", "clients", "add", "--inn", inn, "--name", "ООО Ноль");
        Assert.Equal(5, add.ExitCode);
        Assert.Contains("region 00", add.Err);
        Assert.Empty(store.Json("dir", "clients", "list").EnumerateArray());
    }

    [Theory]
    [InlineData("2027700132194", "start with 1 or 5")]
    [InlineData("104500116000152", "start with 3")]
    public void An_OGRN_that_is_no_registers_record_kind_is_refused(string ogrn, string why)
    {
        using var store = Firm.Create(import: false);
        var add = store.RunAs("dir", "clients", "add", "--inn", Firm.AlphaInn, "--name", "Альфа", "--ogrn", ogrn);
        Assert.Equal(5, add.ExitCode);
        Assert.Contains(why, add.Err);
        store.RunAs("dir", "clients", "add", "--inn", Firm.AlphaInn, "--name", "Альфа", "--ogrn", AlphaOgrn).ShouldSucceed();
        store.RunAs("dir", "clients", "add", "--inn", SoleTraderInn, "--name", "ИП Иванов", "--ogrn", SoleTraderOgrnip).ShouldSucceed();
    }

    [Fact]
    public void An_organisations_INN_with_a_sole_traders_OGRNIP_is_refused_on_import()
    {
        using var store = Firm.Create(import: false);
        var path = store.WriteFile("mixed.csv", $"""
            inn,name,ogrn,kpp
            {Firm.AlphaInn},ООО Альфа,{SoleTraderOgrnip},
            {SoleTraderInn},ИП Иванов,,500101001
            {Firm.BetaInn},ООО Бета,{AlphaOgrn},
            """);
        var result = store.RunAs("dir", "clients", "import", path);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("mixed.csv:2 [ogrn]", result.Err);
        Assert.Contains("mixed.csv:3 [kpp]: INN 500100732259 is an individual's", result.Err);
        Assert.DoesNotContain("mixed.csv:4", result.Err);
        Assert.Empty(store.Json("dir", "clients", "list").EnumerateArray());
    }

    [Fact]
    public void Update_cannot_give_a_sole_trader_a_KPP_or_an_organisations_OGRN()
    {
        using var store = Firm.Create(import: false);
        store.RunAs("dir", "clients", "add", "--inn", SoleTraderInn, "--name", "ИП Иванов", "--legal-form", "ИП", "--ogrn", SoleTraderOgrnip).ShouldSucceed();
        var kpp = store.RunAs("dir", "clients", "update", SoleTraderInn, "--kpp", "500101001");
        Assert.Equal(5, kpp.ExitCode);
        Assert.Contains("--kpp", kpp.Err);
        var ogrn = store.RunAs("dir", "clients", "update", SoleTraderInn, "--ogrn", AlphaOgrn);
        Assert.Equal(5, ogrn.ExitCode);
        var form = store.RunAs("dir", "clients", "add", "--inn", Firm.AlphaInn, "--name", "Альфа", "--legal-form", "ИП");
        Assert.Equal(5, form.ExitCode);
        Assert.Contains("sole trader", form.Err);
        Assert.Equal(SoleTraderOgrnip, store.Json("dir", "clients", "show", SoleTraderInn).GetProperty("ogrn").GetString());
    }

    [Fact]
    public void A_phone_one_digit_short_is_refused_instead_of_becoming_a_Kazakh_number()
    {
        using var store = Firm.Create(import: false);
        var path = store.WriteFile("short.csv", $"inn,name,contact_person,contact_phones\n{Firm.AlphaInn},Альфа,Иван,+7 (912) 555-01-1\n");
        var result = store.RunAs("dir", "clients", "import", path);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("short.csv:2 [contact_phones]: '+7 (912) 555-01-1' is not a valid phone number (too short", result.Err);
    }

    [Theory]
    [InlineData("8 (912) 555-01-02", "+79125550102")]
    [InlineData("9125550102", "+79125550102")]
    [InlineData("+7 (495) 123-45-67 доб. 123", "+74951234567;ext=123")]
    [InlineData("+7 495 123-45-67, доб 45", "+74951234567;ext=45")]
    [InlineData("+375 29 123-45-67", "+375291234567")]
    public void Phones_are_parsed_against_the_numbering_plan_with_extensions_kept(string typed, string stored)
    {
        using var store = Firm.Create(import: false);
        store.RunAs("dir", "clients", "import", PhoneFile(store, typed)).ShouldSucceed();
        Assert.Equal([stored], store.Json("dir", "clients", "list").ByInn(Firm.AlphaInn).GetProperty("phones").Strings());
    }

    [Theory]
    [InlineData("+7 (000) 000-00-00")]
    [InlineData("1-800-FLOWERS")]
    [InlineData("+7 912 555 01 02 03")]
    public void Text_that_is_no_phone_number_is_refused(string typed)
    {
        using var store = Firm.Create(import: false);
        var result = store.RunAs("dir", "clients", "import", PhoneFile(store, typed));
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("[contact_phones]", result.Err);
    }

    private static string PhoneFile(OpsTestStore store, string phone) =>
        store.WriteFile("phone.csv", $"inn,name,contact_person,contact_phones\n{Firm.AlphaInn},Альфа,Иван,\"{phone}\"\n");
}
