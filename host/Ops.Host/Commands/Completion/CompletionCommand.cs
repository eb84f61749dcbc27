using System.CommandLine;
using Ops.Sdk.Cli;
using Ops.Sdk.Errors;

namespace Ops.Host.Commands;

/// <summary><c>ops completion bash|zsh|pwsh</c>: a static completion script for the whole command tree as this
/// store has it (host commands and every enabled plugin's).</summary>
internal static class CompletionCommand
{
    public const string Name = "completion";
    public const string Description = "Print a shell completion script (bash, zsh or pwsh) for the commands this store has";

    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "The shell: bash, zsh or pwsh", HelpName = "bash|zsh|pwsh" };
        shell.AcceptOnlyFromAmong("bash", "zsh", "pwsh");
        var command = new Command(Name, Description) { shell };
        command.WithExamples(
            "ops completion bash > /etc/bash_completion.d/ops   # bash, from the next shell; this one: source <(ops completion bash)",
            "ops completion zsh > \"${fpath[1]}/_ops\"   # zsh, from the next login",
            "ops completion pwsh | Out-String | Invoke-Expression   # PowerShell; add it to $PROFILE to keep it");
        command.SetAction(parse =>
        {
            var table = CompletionTable.Of(parse.RootCommandResult.Command);
            var script = parse.GetValue(shell) switch
            {
                "bash" => CompletionScripts.Bash(table),
                "zsh" => CompletionScripts.Zsh(table),
                _ => CompletionScripts.Pwsh(table),
            };
            parse.InvocationConfiguration.Output.Write(script);
            return ExitCodes.Ok;
        });
        return command;
    }
}
