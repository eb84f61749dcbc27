using System.CommandLine;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;
using Ops.Sdk.Output;

namespace Ops.Host.App;

/// <summary>The options every command with <c>--format</c> gets for spreadsheets — <c>--out FILE</c>, <c>--force</c>,
/// <c>--delimiter</c>, <c>--bom</c>, <c>--encoding</c> — added once over the built tree (plugins' commands included), so
/// no command declares them; after parsing, <see cref="Apply"/> hands their values to the run's <see cref="TextOutput"/>.
/// A command that already has an option of one of these names keeps its own, and that one is not read here.</summary>
internal static class FileFormatOptions
{
    private sealed class Added<T> : Option<T>
    {
        public Added(string name, string description) : base(name) => Description = description;
    }

    public static void AddTo(Command root)
    {
        foreach (var command in All(root))
        {
            if (!command.Options.OfType<Option<OutputFormat>>().Any()) continue;
            Add(command, new Added<string>("--out", "Write the listing to FILE (csv or xlsx): private, never over an existing file") { HelpName = "FILE" });
            Add(command, new Added<bool>("--force", "Replace the --out file if it exists (never the store or a file beside it)"));
            var delimiter = new Added<string>("--delimiter", "CSV separator: ',' (default), ';' (Russian Excel) or tab") { HelpName = ",|;|tab" };
            Add(command, delimiter);
            Add(command, new Added<bool>("--bom", "Start the CSV with a UTF-8 byte-order mark (Excel needs it to read Cyrillic)"));
            var encoding = new Added<string>("--encoding", "CSV encoding: utf-8 (default) or windows-1251") { HelpName = "utf-8|windows-1251" };
            encoding.AcceptOnlyFromAmong("utf-8", "windows-1251");
            Add(command, encoding);
        }
    }

    /// <summary>Reads the invoked command's values into <paramref name="output"/>; refuses, before any work is done, an
    /// XLSX bound for a terminal and an <c>--out</c> target that exists or lies beside the store.</summary>
    public static void Apply(ParseResult parse, OpsSession session, HostEnvironment env)
    {
        var command = parse.CommandResult.Command;
        if (session.Output is not TextOutput output) return;
        var colour = env.OutIsTerminal && env.Get("NO_COLOR") is null;
        output.Settings = new OutputSettings { TableWidth = env.OutputWidth, Colour = colour };
        if (command.Options.OfType<Option<OutputFormat>>().FirstOrDefault() is not { } formatOption) return;
        var format = parse.GetValue(formatOption);
        var file = Value<string>(parse, command, "--out");
        var force = Value<bool>(parse, command, "--force");
        var bom = Value<bool>(parse, command, "--bom");
        var encodingName = Value<string>(parse, command, "--encoding");
        var delimiter = Delimiter(Value<string>(parse, command, "--delimiter"));
        if (file is not null && format is not (OutputFormat.Csv or OutputFormat.Xlsx))
            throw new UsageException("--out writes csv or xlsx", "add --format xlsx (or csv), or redirect stdout: > FILE");
        if (bom && encodingName == "windows-1251")
            throw new UsageException("--bom is for UTF-8; Windows-1251 has no byte-order mark", "drop --bom, or use --encoding utf-8 --bom");
        var settings = new OutputSettings
        {
            Delimiter = delimiter,
            Bom = bom,
            Encoding = encodingName is null ? new System.Text.UTF8Encoding(false) : TextInput.Named(encodingName),
            ToFile = file is not null,
            TableWidth = env.OutputWidth,
            Colour = colour,
            Binary = Sink(session, env, file, force, format),
            BinaryRefusal = env.OutIsTerminal ? $"{format.ToString().ToLowerInvariant()} output is not for a terminal"
                : "stdout here is not a byte stream",
        };
        if (settings.Binary is null && (format == OutputFormat.Xlsx || format == OutputFormat.Csv && settings.CsvNeedsBytes))
            throw new UsageException(settings.BinaryRefusal, "add --out FILE.xlsx, or redirect stdout to a file (> clients.xlsx)");
        output.Settings = settings;
    }

    private static Action<Action<Stream>>? Sink(OpsSession session, HostEnvironment env, string? file, bool force, OutputFormat format)
    {
        if (file is not null)
        {
            session.Files.Check(file, force);   // a refused target costs nothing: checked before the command runs
            return write =>
            {
                session.Files.Write(file, write, force);
                session.Output.Message($"Wrote {file} ({format.ToString().ToLowerInvariant()}).");
            };
        }
        if (env.OutIsTerminal || env.Out is not StreamWriter { BaseStream: var stdout }) return null;
        return write =>
        {
            env.Out.Flush();
            write(stdout);
            stdout.Flush();
        };
    }

    private static char Delimiter(string? text) => text switch
    {
        null or "," => ',',
        ";" => ';',
        "tab" or "\t" => '\t',
        _ => throw new UsageException($"--delimiter '{text}' is not a CSV separator", "use ',' or ';' or tab"),
    };

    private static T? Value<T>(ParseResult parse, Command command, string name) =>
        command.Options.OfType<Added<T>>().FirstOrDefault(o => o.Name == name) is { } option ? parse.GetValue(option) : default;

    private static void Add(Command command, Option option)
    {
        if (command.Options.All(o => o.Name != option.Name && !o.Aliases.Contains(option.Name))) command.Options.Add(option);
    }

    private static IEnumerable<Command> All(Command command) =>
        command.Subcommands.SelectMany(All).Prepend(command);
}
