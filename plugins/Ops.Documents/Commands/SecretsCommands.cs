using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Documents.Data;
using Ops.Documents.Regime;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Documents.Commands;

/// <summary><c>ops docs secrets list|add|remove|check</c>: the list of information constituting the trade secret.</summary>
internal static class SecretsCommands
{
    public static Command Create(IOpsContext context)
    {
        var secrets = new Command("secrets", "The firm's list of information constituting the trade secret (98-FZ art. 10 part 1 item 1)");
        secrets.Subcommands.Add(List(context));
        secrets.Subcommands.Add(Add(context));
        secrets.Subcommands.Add(Remove(context));
        secrets.Subcommands.Add(Check(context));
        return secrets;
    }

    private static Command List(IOpsContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the items, with a warning on any that art. 5 excludes") { format };
        command.WithExamples("ops docs secrets list");
        command.SetAction(parse =>
        {
            context.Access.Demand("docs.render");
            var items = Secrets.Current(context.Store);
            var warnings = Art5Lint.Check(items).ToDictionary(w => w.Item.Id, w => w.Excluded);
            context.Output.Rows(items,
            [
                Column.Of<SecretItem>("id", i => i.Id),
                Column.Of<SecretItem>("title_ru", i => i.TitleRu),
                Column.Of<SecretItem>("title_en", i => i.TitleEn),
                Column.Of<SecretItem>("art5_warning", i => warnings.GetValueOrDefault(i.Id)),
            ], parse.GetValue(format));
            foreach (var w in Art5Lint.Check(items)) context.Output.Message("warning: " + w);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add(IOpsContext context)
    {
        var title = new Argument<string>("title") { Description = "The item in Russian, as it will stand in the list" };
        var en = OpsOptions.Text("--en", "The item in English (default: the Russian text)");
        var command = new Command("add", "Add an item to the list (the list then needs a new approval: ops docs adopt list)") { title, en };
        command.WithExamples("ops docs secrets add \"Сведения о клиентах и их контактных лицах\" --en \"Information about clients and their contact persons\"");
        command.SetAction(parse =>
        {
            var ru = Validate(parse.GetValue(title), "TITLE");
            var english = parse.GetValue(en) is { } e ? Validate(e, "--en") : ru;
            context.Access.Demand("docs.secrets");
            var today = context.Today;
            var id = context.Store.Write(() =>
            {
                if (context.Store.Scalar<long>("SELECT count(*) FROM docs_secrets WHERE removed_on IS NULL AND title_ru = $Ru", new { Ru = ru }) > 0)
                    throw new ConflictException($"the list already has «{ru}»", "see: ops docs secrets list");
                context.Store.Execute("INSERT INTO docs_secrets (title_ru, title_en, added_on) VALUES ($Ru, $En, $On)",
                    new { Ru = ru, En = english, On = today.ToIso() });
                var newId = context.Store.Scalar<long>("SELECT max(id) FROM docs_secrets");
                context.Audit.Record("docs.secrets.add", ["secret:" + newId], details: ru);
                return newId;
            });
            context.Output.Out.WriteLine(id);
            foreach (var problem in Art5Lint.Problems(ru + " " + english))
                context.Output.Message($"warning: «{ru}» looks like {problem}, which 98-FZ art. 5 says cannot be a trade secret; consider: ops docs secrets remove {id}");
            context.Output.Message($"Added item {id}. Approve the changed list: ops docs adopt list --date {today.ToIso()} --order N");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(IOpsContext context)
    {
        var id = new Argument<long>("id") { Description = "The item's id (see: ops docs secrets list)" };
        var command = new Command("remove", "Remove an item from the list (kept in history)") { id };
        command.WithExamples("ops docs secrets remove 4");
        command.SetAction(parse =>
        {
            context.Access.Demand("docs.secrets");
            var itemId = parse.GetValue(id);
            context.Store.Write(() =>
            {
                var changed = context.Store.Execute("UPDATE docs_secrets SET removed_on = $On WHERE id = $Id AND removed_on IS NULL",
                    new { Id = itemId, On = context.Today.ToIso() });
                if (changed == 0) throw new NotFoundException($"there is no current item {itemId}", "see: ops docs secrets list");
                context.Audit.Record("docs.secrets.remove", ["secret:" + itemId]);
            });
            context.Output.Message($"Removed item {itemId}. Approve the changed list: ops docs adopt list --date {context.Today.ToIso()} --order N");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Check(IOpsContext context)
    {
        var command = new Command("check", "Warn about items 98-FZ art. 5 excludes from the trade secret; exit 1 when there are any");
        command.WithExamples("ops docs secrets check");
        command.SetAction(_ =>
        {
            context.Access.Demand("docs.render");
            var warnings = Art5Lint.Check(Secrets.Current(context.Store));
            foreach (var w in warnings) context.Output.Out.WriteLine("warning: " + w);
            if (warnings.Count == 0) context.Output.Message("The list names nothing that art. 5 excludes.");
            return warnings.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static string Validate(string? text, string what)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0 || t.Length > 500 || t.Any(char.IsControl))
            throw new InvalidInputException($"{what} must be 1–500 characters without line breaks or control characters", "write the item as one line");
        return t;
    }
}
