using System.CommandLine;
using Ops.Clients.Data;
using Ops.Sdk.Errors;

namespace Ops.Clients.Commands;

/// <summary>Option and argument shapes shared by the clients commands.</summary>
internal static class Opts
{
    public static Argument<string> Client() => new("client") { Description = "The client's id or INN" };

    public static Argument<string> Login(string name = "login", string description = "A staff login") => new(name) { Description = description };

    public static Option<string> Text(string name, string description, string helpName = "TEXT") =>
        new(name) { Description = description, HelpName = helpName };

    public static Option<string> Date(string name, string description) =>
        new(name) { Description = description + " (YYYY-MM-DD)", HelpName = "DATE" };

    public static DateOnly? ParseDate(string? text, string option)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return Values.Date(text) ?? throw new InvalidInputException($"{option} '{text}' is not a date", "write it as YYYY-MM-DD, e.g. 2026-11-30");
    }
}
