using System.CommandLine;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands;

/// <summary>Argument shapes of host commands; options come from the SDK's <see cref="OpsOptions"/> (these members
/// delegate to it and stay for the commands that still call them).</summary>
internal static class Args
{
    public static Argument<string> Login(string description = "The person's staff login") => new("login") { Description = description };

    public static Option<string> Text(string name, string description, string helpName = "TEXT") => OpsOptions.Text(name, description, helpName);

    public static Option<string> Date(string name, string description) => OpsOptions.DateText(name, description);

    public static DateOnly? ParseDate(string? text, string option) => OpsOptions.ParseDate(text, option);
}
