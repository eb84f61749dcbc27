namespace Ops.Host.Catalog;

/// <summary>What a top-level command may be called: 1–32 lower-case ASCII letters, digits and '-', starting with a letter.</summary>
internal static class CommandNames
{
    public const int MaxLength = 32;

    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength && name[0] is >= 'a' and <= 'z' && name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
