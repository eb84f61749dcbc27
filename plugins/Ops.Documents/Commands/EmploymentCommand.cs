using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Documents.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs employment set LOGIN …</c>: the job title, legal name and labour contract documents name.</summary>
internal static class EmploymentCommand
{
    public static Command Create(IOpsContext context)
    {
        var login = new Argument<string>("login") { Description = "The employee's staff login" };
        var title = OpsOptions.Text("--job-title", "The job title as in the staff schedule, e.g. Главный бухгалтер", "TITLE");
        var name = OpsOptions.Text("--legal-name", "Фамилия Имя Отчество as in the labour contract", "NAME").CarriesClientData();
        var number = OpsOptions.Text("--contract-number", "The labour contract's number, e.g. 15-ТД", "NUMBER");
        var date = OpsOptions.Date("--contract-date", "The labour contract's date");
        var set = new Command("set", "Set what documents say about an employee (only the options given change)") { login, title, name, number, date };
        set.WithExamples("ops docs employment set volkova --job-title Бухгалтер --legal-name \"Волкова Марина Сергеевна\" --contract-number 15-ТД --contract-date 2020-02-10");
        set.SetAction(parse =>
        {
            context.Access.Demand("docs.sign");
            var who = parse.GetValue(login)!;
            if (context.Staff.Find(who) is null) throw new NotFoundException($"there is no staff member '{who}'", "see: ops staff list");
            var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
            void Text(Option<string> option, string column)
            {
                if (parse.GetValue(option) is not { } raw) return;
                var v = raw.Trim();
                if (v.Length == 0 || v.Length > 200 || v.Any(char.IsControl))
                    throw new InvalidInputException($"{option.Name} must be 1 to 200 characters on one line", "write it as on the paper");
                changes[column] = v;
            }
            Text(title, "job_title");
            Text(name, "legal_name");
            Text(number, "contract_number");
            if (changes.TryGetValue("legal_name", out var n) && ((string)n!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
                throw new InvalidInputException("--legal-name needs at least a surname and a first name", "write it as Фамилия Имя Отчество");
            if (parse.GetValue(date) is { } d) changes["contract_date"] = Cli.Past(d, "--contract-date", context.Today).ToIso();
            if (changes.Count == 0) throw new UsageException("nothing to change", "give --job-title, --legal-name, --contract-number or --contract-date");
            context.Store.Write(() =>
            {
                context.Store.Execute("INSERT INTO docs_employment (login) VALUES ($Login) ON CONFLICT (login) DO NOTHING", new { Login = who });
                foreach (var (column, value) in changes)
                    context.Store.Execute($"UPDATE docs_employment SET {column} = $Value WHERE login = $Login", new { Value = value, Login = who });
                context.Audit.Record("docs.employment.set", ["staff:" + who], details: string.Join(", ", changes.Keys));
            });
            context.Output.Message($"Updated {who}: {string.Join(", ", changes.Keys)}.");
            return 0;
        });
        return new Command("employment", "Job titles, legal names and labour contracts as the documents name them") { set };
    }
}
