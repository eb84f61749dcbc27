using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.Text;
using Ops.Sdk.Cli;

namespace Ops.Host.App;

/// <summary>
/// One command's help page, in System.CommandLine's layout (description, usage, arguments, options, commands), then
/// the command's examples (<see cref="SymbolNotes.WithExamples"/>). Ops renders it itself rather than through
/// System.CommandLine's help builder, whose text could only be adjusted afterwards (3.0 keeps the builder internal):
/// here enum defaults are written in lower case as they are typed and hidden aliases are left out from the start,
/// and no generic code of the builder is compiled at run time on every help page (docs/performance.md).
/// </summary>
internal static class HelpPage
{
    /// <summary>The page of <paramref name="command"/>, wrapped to <paramref name="width"/> cells (null: not wrapped).</summary>
    public static string Of(Command command, int? width)
    {
        var page = new StringBuilder();
        var columns = new HelpColumns(width ?? int.MaxValue);
        var options = OptionsOf(command);
        if (!string.IsNullOrWhiteSpace(command.Description))
            Section(page, "Description:", columns.Paragraph(command.Description));
        Section(page, "Usage:", columns.Paragraph(Usage(command, options.Count > 0)));
        Section(page, "Arguments:", columns.Rows(ArgumentRows(command)));
        Section(page, "Options:", columns.Rows(OptionRows(options)));
        Section(page, "Commands:", columns.Rows(CommandRows(command)));
        Section(page, "Examples:", Examples(command.Examples()));
        return page.ToString();
    }

    private static void Section(StringBuilder page, string heading, string body)
    {
        if (body.Length == 0) return;
        page.Append(heading).Append('\n').Append(body).Append('\n');
    }

    private static string Usage(Command command, bool hasOptions)
    {
        var path = new List<Command>();
        for (Command? c = command; c is not null; c = Parent(c)) path.Insert(0, c);
        var usage = new StringBuilder();
        foreach (var c in path)
        {
            usage.Append(usage.Length == 0 ? "" : " ").Append(c.Name);
            foreach (var argument in c.Arguments)
                if (!argument.Hidden) usage.Append(' ').Append(UsageOf(argument));
        }
        if (HasVisible(command.Subcommands)) usage.Append(" [command]");
        if (hasOptions) usage.Append(" [options]");
        return usage.ToString();
    }

    private static string UsageOf(Argument argument)
    {
        var many = argument.Arity.MaximumNumberOfValues > 1 ? "..." : "";
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[<{argument.Name}>{many}]" : $"<{argument.Name}>{many}";
    }

    private static List<HelpColumns.Row> ArgumentRows(Command command)
    {
        var rows = new List<HelpColumns.Row>();
        foreach (var argument in command.Arguments)
            if (!argument.Hidden)
                rows.Add(new($"<{ValueLabel(argument.HelpName, argument)}>", WithDefault(argument.Description, argument)));
        return rows;
    }

    private static List<HelpColumns.Row> OptionRows(List<Option> options)
    {
        var rows = new List<HelpColumns.Row>();
        foreach (var option in options)
        {
            var label = new StringBuilder(Names(option));
            if (TakesValue(option)) label.Append(" <").Append(ValueLabel(option.HelpName, option)).Append('>');
            if (option.Required) label.Append(" (REQUIRED)");
            rows.Add(new(label.ToString(), option.HasDefaultValue && TakesValue(option) ? WithDefault(option.Description, option.GetDefaultValue()) : option.Description ?? ""));
        }
        return rows;
    }

    private static List<HelpColumns.Row> CommandRows(Command command)
    {
        var rows = new List<HelpColumns.Row>();
        foreach (var sub in command.Subcommands)
        {
            if (sub.Hidden) continue;
            var label = new StringBuilder(sub.Name);
            foreach (var argument in sub.Arguments)
                if (!argument.Hidden) label.Append(" <").Append(ValueLabel(argument.HelpName, argument)).Append('>');
            rows.Add(new(label.ToString(), sub.Description ?? ""));
        }
        return rows;
    }

    /// <summary>The command's own options (help and version after the rest), then those it inherits from its parents.</summary>
    private static List<Option> OptionsOf(Command command)
    {
        var options = new List<Option>();
        foreach (var o in command.Options)
            if (!o.Hidden && o is not (HelpOption or VersionOption)) options.Add(o);
        foreach (var o in command.Options)
            if (!o.Hidden && o is HelpOption or VersionOption && !options.Contains(o)) options.Add(o);
        for (var parent = Parent(command); parent is not null; parent = Parent(parent))
            foreach (var o in parent.Options)
                if (o.Recursive && !o.Hidden && !options.Contains(o)) options.Add(o);
        return options;
    }

    /// <summary>The option's names as help shows them: short ones first, each group in alphabetical order, without its
    /// hidden aliases and the Windows spellings (<c>/?</c>) System.CommandLine accepts for help.</summary>
    private static string Names(Option option)
    {
        var names = new List<string> { option.Name };
        foreach (var alias in option.Aliases)
            if (!option.IsHiddenAlias(alias) && !alias.StartsWith('/') && !names.Contains(alias)) names.Add(alias);
        names.Sort(static (a, b) => Dashes(a) != Dashes(b) ? Dashes(a).CompareTo(Dashes(b))
            : string.Compare(a.TrimStart('-'), b.TrimStart('-'), StringComparison.OrdinalIgnoreCase));
        return string.Join(", ", names);
    }

    private static int Dashes(string name) => name.Length - name.TrimStart('-').Length;

    private static bool TakesValue(Option option) =>
        option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool) && option.ValueType != typeof(bool?);

    /// <summary>The value's name in angle brackets: the help name given, else the values it completes to, else its name.</summary>
    private static string ValueLabel(string? helpName, Symbol symbol)
    {
        if (!string.IsNullOrEmpty(helpName)) return helpName;
        var completions = symbol.GetCompletions(CompletionContext.Empty);
        if (completions.Any()) return string.Join('|', completions.Select(c => c.Label));
        return symbol is Option option ? option.Name.TrimStart('-') : symbol.Name;
    }

    private static string WithDefault(string? description, Argument argument) =>
        argument.HasDefaultValue ? WithDefault(description, argument.GetDefaultValue()) : description ?? "";

    private static string WithDefault(string? description, object? value)
    {
        var shown = value switch
        {
            null => "",
            Enum e => e.ToString().ToLowerInvariant(),
            string s => s,
            System.Collections.IEnumerable many => string.Join('|', many.Cast<object>()),
            _ => value.ToString() ?? "",
        };
        if (shown.Length == 0) return description ?? "";
        return string.IsNullOrEmpty(description) ? $"[default: {shown}]" : $"{description} [default: {shown}]";
    }

    /// <summary>The examples with their "# …" comments in one column (a longer command line's comment follows it).</summary>
    private static string Examples(IReadOnlyList<string> examples)
    {
        var lines = new List<string>();
        var comments = new List<string>();
        var width = 0;
        foreach (var example in examples)
        {
            var i = example.IndexOf("  # ", StringComparison.Ordinal);
            var line = i >= 0 ? example[..i].TrimEnd() : example;
            var comment = i >= 0 ? example[i..].TrimStart() : "";
            lines.Add(line);
            comments.Add(comment);
            var w = Sdk.Output.DisplayWidth.Of(line);
            if (comment.Length > 0 && w <= MaxAlignedWidth) width = Math.Max(width, w);
        }
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
            text.Append("  ").Append(comments[i].Length == 0 ? lines[i] : Sdk.Output.DisplayWidth.Pad(lines[i], width) + "   " + comments[i]).Append('\n');
        return text.ToString();
    }

    private const int MaxAlignedWidth = 60;

    private static bool HasVisible(IList<Command> commands)
    {
        foreach (var c in commands) if (!c.Hidden) return true;
        return false;
    }

    private static Command? Parent(Command command)
    {
        foreach (var parent in command.Parents)
            if (parent is Command c) return c;
        return null;
    }
}
