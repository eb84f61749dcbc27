namespace Ops.Sdk.Errors;

/// <summary>An error meant for the person at the terminal: a message, an exit code and how to fix it.</summary>
public class OpsException(int exitCode, string message, string? hint = null) : Exception(message)
{
    /// <summary>One of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>What to do about it, or null.</summary>
    public string? Hint { get; } = hint;
}

/// <summary>The command line is wrong.</summary>
public sealed class UsageException(string message, string? hint = null)
    : OpsException(ExitCodes.Usage, message, hint);

/// <summary>A named thing does not exist.</summary>
public sealed class NotFoundException(string message, string? hint = null)
    : OpsException(ExitCodes.NotFound, message, hint);

/// <summary>The actor lacks a permission.</summary>
public sealed class AccessDeniedException(string message, string? hint = null)
    : OpsException(ExitCodes.Denied, message, hint);

/// <summary>A value or file is invalid. Nothing has been written.</summary>
public sealed class InvalidInputException(string message, string? hint = null)
    : OpsException(ExitCodes.InvalidInput, message, hint);

/// <summary>The change conflicts with what is there.</summary>
public sealed class ConflictException(string message, string? hint = null)
    : OpsException(ExitCodes.Conflict, message, hint);

/// <summary>The store or a plugin cannot be used as it is.</summary>
public sealed class UnavailableException(string message, string? hint = null)
    : OpsException(ExitCodes.Unavailable, message, hint);
