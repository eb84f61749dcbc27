using Ops.Testing;

namespace Ops.Clients.Tests;

/// <summary><c>clients import --map</c> with the shipped mappings, each on the sample export beside it.</summary>
public sealed class ImportMapTests
{
    private static string Sample(string name) =>
        Path.Combine(OpsTestStore.RepoRoot, "plugins", "Ops.Clients", "Import", "Mappings", name + ".sample.csv");

    private static OpsTestStore Store()
    {
        var store = Firm.Create(import: false);
        store.Run("staff", "add", "smirnova", "--name", "Ирина Смирнова", "--role", "accountant", "--team", "north").ShouldSucceed();
        store.Run("staff", "add", "pavlov", "--name", "Олег Павлов", "--role", "accountant", "--team", "south").ShouldSucceed();
        return store;
    }

    [Fact]
    public void A_1c_counterparty_list_in_windows_1251_imports_through_the_shipped_map()
    {
        using var store = Store();
        store.Run("clients", "import", Sample("1c"), "--map", "1c").ShouldSucceed();
        var alpha = store.Json("dir", "clients", "list").ByInn(Firm.AlphaInn);
        Assert.Equal("ООО \"Альфа\"", alpha.GetProperty("name").GetString());
        Assert.Equal("smirnova", alpha.GetProperty("lead").GetString());   // "Смирнова Ирина" in 1C's order
        Assert.Equal(2, alpha.GetProperty("phones").GetArrayLength());
        Assert.Equal(["ivan@alfa.ru"], alpha.GetProperty("emails").Strings());
        Assert.Equal("pavlov", store.Json("dir", "clients", "list").ByInn(Firm.BetaInn).GetProperty("lead").GetString());
    }

    [Fact]
    public void A_bitrix24_company_export_imports_with_both_phone_columns_joined()
    {
        using var store = Store();
        store.Run("clients", "import", Sample("bitrix24"), "--map", "bitrix24").ShouldSucceed();
        var gamma = store.Json("dir", "clients", "list").ByInn(Firm.GammaInn);
        Assert.Equal("ООО Гамма", gamma.GetProperty("name").GetString());
        Assert.Equal("smirnova", gamma.GetProperty("lead").GetString());
        Assert.Equal(2, gamma.GetProperty("phones").GetArrayLength());
        Assert.Equal(1, store.Json("dir", "clients", "list").ByInn(Firm.DeltaInn).GetProperty("phones").GetArrayLength());
    }

    [Fact]
    public void An_amocrm_company_export_imports_with_a_list_of_phones_in_one_cell()
    {
        using var store = Store();
        store.Run("clients", "import", Sample("amocrm"), "--map", "amocrm").ShouldSucceed();
        var beta = store.Json("dir", "clients", "list").ByInn(Firm.BetaInn);
        Assert.Equal("ООО Бета", beta.GetProperty("name").GetString());
        Assert.Equal("pavlov", beta.GetProperty("lead").GetString());
        Assert.Equal(2, beta.GetProperty("phones").GetArrayLength());
    }

    [Fact]
    public void A_person_the_directory_does_not_know_is_an_error_at_the_file_line_and_source_column_and_nothing_is_written()
    {
        using var store = Store();
        var file = store.WriteFile("crm.csv", "\"Название\";\"ИНН\";\"Ответственный\";\"Рабочий телефон\";\"Email (раб.)\";\"Web\"\n" +
            "\"ООО Альфа\";\"7707083893\";\"Ирина Смирнова\";\"\";\"\";\"\"\n\"ООО Бета\";\"7728168971\";\"Вера Уволенная\";\"\";\"\";\"\"\n");
        var result = store.Run("clients", "import", file, "--map", "amocrm");
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("crm.csv:3 [Ответственный]: 'Вера Уволенная' is nobody in the staff directory", result.Err);
        Assert.Equal(0, store.Json("dir", "clients", "list").GetArrayLength());
    }

    [Fact]
    public void A_broken_map_file_is_refused_with_its_own_file_and_line()
    {
        using var store = Store();
        var map = store.WriteFile("my.map", "# mine\ninn = ИНН | digits\nname = Название | shout\n");
        var result = store.Run("clients", "import", Sample("amocrm"), "--map", map);
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("my.map:3 [name]: unknown transform 'shout'", result.Err);
    }

    [Fact]
    public void A_map_naming_a_column_the_file_lacks_lists_the_columns_it_has()
    {
        using var store = Store();
        var result = store.Run("clients", "import", Sample("bitrix24"), "--map", "amocrm");
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("bitrix24.sample.csv:1 [Название]: amocrm.map name=Название: the header has no column 'Название'", result.Err);
        Assert.Contains("Название компании", result.Err);
    }
}
