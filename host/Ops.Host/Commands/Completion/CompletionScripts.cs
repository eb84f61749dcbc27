using System.Text;

namespace Ops.Host.Commands;

/// <summary>The scripts: one lookup table (command path → words) and a few lines that walk the words typed so far.
/// Every word is a command or option name or a fixed value, quoted for the shell all the same.</summary>
internal static class CompletionScripts
{
    public static string Bash(CompletionTable table)
    {
        var s = new StringBuilder();
        s.Append("# ops completion for bash: source this file, or save it as /etc/bash_completion.d/ops\n");
        s.Append("_ops_words() {\n  case \"$1\" in\n");
        foreach (var (path, words) in table.Entries)
            s.Append("    ").Append(Sh(path)).Append(") echo ").Append(Sh(string.Join(' ', words))).Append(" ;;\n");
        s.Append("  esac\n}\n");
        s.Append("""
            _ops() {
              local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" path=ops i w words
              for ((i = 1; i < COMP_CWORD; i++)); do
                w="${COMP_WORDS[i]}"
                [[ $w != -* && " $(_ops_words "$path") " == *" $w "* ]] && path="$path $w"
              done
              words=""
              [[ $prev == -* ]] && words="$(_ops_words "$path $prev")"
              [[ -z $words ]] && words="$(_ops_words "$path")"
              COMPREPLY=($(compgen -W "$words" -- "$cur"))
            }
            complete -F _ops ops

            """);
        return s.ToString();
    }

    public static string Zsh(CompletionTable table) =>
        "#compdef ops\n# ops completion for zsh (bash's completion through bashcompinit)\nautoload -U +X bashcompinit && bashcompinit\n" + Bash(table);

    public static string Pwsh(CompletionTable table)
    {
        var s = new StringBuilder();
        s.Append("# ops completion for PowerShell: ops completion pwsh | Out-String | Invoke-Expression\n");
        s.Append("Register-ArgumentCompleter -Native -CommandName ops -ScriptBlock {\n");
        s.Append("    param($wordToComplete, $commandAst, $cursorPosition)\n    $table = @{\n");
        foreach (var (path, words) in table.Entries)
            s.Append("        ").Append(Ps(path)).Append(" = @(").Append(string.Join(", ", words.Select(Ps))).Append(")\n");
        s.Append("""
                }
                $path = 'ops'
                $prev = ''
                foreach ($element in $commandAst.CommandElements | Select-Object -Skip 1) {
                    if ($element.Extent.StartOffset -ge $cursorPosition - $wordToComplete.Length) { break }
                    $word = $element.ToString()
                    if (-not $word.StartsWith('-') -and $table[$path] -contains $word) { $path = "$path $word" }
                    $prev = $word
                }
                $candidates = $table["$path $prev"]
                if (-not $prev.StartsWith('-') -or $null -eq $candidates) { $candidates = $table[$path] }
                $candidates | Where-Object { $_ -like "$wordToComplete*" } |
                    ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
            }

            """);
        return s.ToString();
    }

    private static string Sh(string text) => "'" + text.Replace("'", "'\\''") + "'";

    private static string Ps(string text) => "'" + text.Replace("'", "''") + "'";
}
