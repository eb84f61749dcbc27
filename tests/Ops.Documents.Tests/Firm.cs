using Ops.Testing;

namespace Ops.Documents.Tests;

/// <summary>A small accounting firm built through the CLI, as a user would.</summary>
internal static class Firm
{
    public const string FullName = "Общество с ограниченной ответственностью «Бухэксперт»";

    public static OpsTestStore Small(TestEngine engine = TestEngine.Sqlite)
    {
        var store = OpsTestStore.Create(engine);
        store.Run("firm", "set", "--name", "ООО «Бухэксперт»", "--inn", "7707083893", "--ogrn", "1027700132195",
            "--address", "г. Москва, ул. Тверская, д. 1", "--director", "Соколов Пётр Ильич",
            "--domain", "buh-expert.ru", "--shared-mailbox", "office@buh-expert.ru", "--archive-mailbox", "archive@buh-expert.ru").ShouldSucceed();
        store.Run("staff", "add", "petrova", "--name", "Петрова Анна Сергеевна", "--role", "accountant", "--team", "A", "--hire-date", "2024-03-01").ShouldSucceed();
        store.Run("staff", "add", "orlov", "--name", "Орлов Дмитрий Олегович", "--role", "team-lead", "--team", "A", "--hire-date", "2023-09-15").ShouldSucceed();
        store.Run("staff", "add", "sokolov", "--name", "Соколов Пётр Ильич", "--role", "director", "--hire-date", "2020-01-10").ShouldSucceed();
        store.Run("firm", "set", "--full-name", FullName, "--location", "г. Москва",
            "--director-position", "Генеральный директор", "--director-position-genitive", "Генерального директора",
            "--director-genitive", "Соколова Петра Ильича", "--director-basis", "действующего на основании Устава").ShouldSucceed();
        store.Run("docs", "employment", "set", "petrova", "--job-title", "Бухгалтер", "--contract-number", "15-ТД", "--contract-date", "2024-03-01").ShouldSucceed();
        store.Run("docs", "employment", "set", "orlov", "--job-title", "Руководитель группы").ShouldSucceed();
        store.Run("docs", "employment", "set", "sokolov", "--job-title", "Генеральный директор").ShouldSucceed();
        return store;
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ops-docs-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Renders and returns the single file written.</summary>
    public static string RenderOne(OpsTestStore store, params string[] args)
    {
        var dir = TempDir();
        var r = store.Run(["docs", "render", .. args, "--out", dir]).ShouldSucceed();
        return r.Out.Trim().Split('\n').Single().Trim();
    }
}
