using System.Text.RegularExpressions;
using Ops.Sdk.Errors;
using Ops.Sdk.Validation;

namespace Ops.Host.Staff;

/// <summary>What a staff record must look like.</summary>
internal static partial class StaffRules
{
    public static void ValidateLogin(string login)
    {
        if (!LoginPattern().IsMatch(login))
            throw new InvalidInputException($"login '{login}' is not valid",
                "use 1–64 lower-case Latin letters, digits, '.', '_' or '-', starting with a letter");
    }

    public static void ValidateEmail(string email)
    {
        if (MailAddress.AddressProblem(email) is { } problem)
            throw new InvalidInputException(problem, "give a plain address like i.ivanova@firm.ru");
    }

    public static void ValidateName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || name.Any(char.IsControl))
            throw new InvalidInputException($"full name '{name}' must be 1–200 characters without control characters");
    }

    [GeneratedRegex("^[a-z][a-z0-9._-]{0,63}$")]
    private static partial Regex LoginPattern();
}
