namespace Ops.Sdk.Errors;

/// <summary>One problem in an input file, located precisely enough to fix it.</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Line">1-based line, or 0 when the problem is not tied to a line.</param>
/// <param name="Column">The column name or 1-based number, or empty.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Fix">What to change.</param>
public sealed record InputError(string File, int Line, string Column, string Problem, string Fix)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        if (Column.Length > 0) where += $" [{Column}]";
        return $"{where}: {Problem}. Fix: {Fix}";
    }

    /// <summary>Throws one <see cref="InvalidInputException"/> listing every error (at most <paramref name="max"/>).</summary>
    public static void ThrowIfAny(IReadOnlyCollection<InputError> errors, int max = 50) => ThrowIfAnyCounted(errors, errors.Count, max);

    /// <summary>As <see cref="ThrowIfAny(IReadOnlyCollection{InputError}, int)"/> for a reader that kept only the first
    /// <paramref name="errors"/> of <paramref name="total"/> (a large file's problems are counted, not all held).</summary>
    public static void ThrowIfAnyCounted(IReadOnlyCollection<InputError> errors, int total, int max)
    {
        if (total == 0) return;
        var lines = errors.Take(max).Select(e => "  " + e);
        var more = total > max ? $"\n  … and {total - max} more" : "";
        throw new InvalidInputException(
            $"{total} problem(s) in the input; nothing was written:\n{string.Join('\n', lines)}{more}");
    }
}
