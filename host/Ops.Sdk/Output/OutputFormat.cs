using System.CommandLine;

namespace Ops.Sdk.Output;

/// <summary>The formats every listing offers. JSON and CSV are for programs and stay stable.</summary>
public enum OutputFormat
{
    /// <summary>Aligned columns for people.</summary>
    Table,
    /// <summary>An array of objects with snake_case keys (docs/output.md).</summary>
    Json,
    /// <summary>RFC 4180, UTF-8, a header row of the same keys as JSON.</summary>
    Csv,
    /// <summary>An Excel workbook with typed cells (numbers, money, dates); binary, so to <c>--out FILE</c> or a redirected stdout.</summary>
    Xlsx,
}

/// <summary>The standard <c>--format</c> option.</summary>
public static class FormatOption
{
    /// <summary>Creates <c>--format</c> with every <see cref="OutputFormat"/> (default table). Add one instance per command;
    /// the same as <see cref="Cli.OpsOptions.Format"/>.</summary>
    public static Option<OutputFormat> Create() => Cli.OpsOptions.Format();
}
