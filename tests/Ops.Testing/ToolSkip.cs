namespace Ops.Testing;

/// <summary>The one rule for tests that need a program CI installs (.ci/setup: dovecot-sieve, postfix, LibreOffice,
/// poppler, chromium, PowerShell, the opstest user): on a developer's machine a missing one skips the test with
/// what to install; under CI (<c>CI=true</c>) it fails the test, because there the program must be present and a
/// skip would hide that nothing judged the output.</summary>
public static class ToolSkip
{
    /// <summary>True when running under CI (the variable <c>CI</c> is <c>true</c>, as CI sets it).</summary>
    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reason to skip with (<c>Assert.Skip(ToolSkip.Reason(…))</c>); under CI it throws instead.</summary>
    public static string Reason(string missing) => UnderCi
        ? throw new ToolMissingException($"{missing} — CI installs it with .ci/setup, so under CI a missing tool fails the test instead of skipping it")
        : missing;
}

/// <summary>A program that CI installs is missing under CI.</summary>
public sealed class ToolMissingException(string message) : Exception(message);
