using Ops.Mail.Model;

namespace Ops.Mail.Targets;

/// <summary>One file a target produces; <see cref="Name"/> is relative to the output folder.</summary>
public sealed record GeneratedFile(string Name, string Content);

/// <summary>A mail server the rules are written for.</summary>
public interface ITarget
{
    /// <summary>sieve, postfix, exchange or gmail.</summary>
    string Name { get; }

    /// <summary>Renders every file. Pure: the same model gives the same text.</summary>
    IReadOnlyList<GeneratedFile> Render(MailModel model);

    /// <summary>Sub-folders that belong to the target entirely: files in them that it no longer produces are removed
    /// on generate and reported by check (a stale Sieve script would still run).</summary>
    IReadOnlyList<string> OwnedFolders => [];
}

/// <summary>The targets by name.</summary>
public static class Targets
{
    public static readonly IReadOnlyList<ITarget> All = [new SieveTarget(), new PostfixTarget(), new ExchangeTarget(), new GmailTarget()];

    /// <summary><c>--target</c>: one of the targets or all, checked when the line is parsed.</summary>
    public static System.CommandLine.Option<string> Option()
    {
        var option = Ops.Sdk.Cli.OpsOptions.OneOf("--target", "sieve, postfix, exchange, gmail or all (all: one sub-folder each)", [.. All.Select(t => t.Name), "all"]);
        option.Aliases.Add("-t");
        option.Required = true;
        return option;
    }

    public static IReadOnlyList<ITarget> Resolve(string name) => name == "all"
        ? All
        : All.Where(t => t.Name == name).ToList() is { Count: 1 } one ? one
        : throw new Ops.Sdk.Errors.UsageException($"unknown target '{name}'", "use --target sieve, postfix, exchange, gmail or all");
}
