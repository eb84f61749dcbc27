using Ops.Samples.Calls.Data;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Samples.Calls.Commands.Lines;

/// <summary>Validation shared by <c>lines add</c> and <c>lines set</c>.</summary>
internal static class LineOptions
{
    public static string Name(string? text)
    {
        var name = (text ?? "").Trim();
        if (Data.Lines.Problem(name) is { } problem)
            throw new InvalidInputException($"line '{text}': {problem}", "name the line as the PBX does: the extension (101) or the trunk's peer name");
        return name;
    }

    public static string Kind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "extension" or "trunk" => text.Trim().ToLowerInvariant(),
        _ => throw new InvalidInputException($"--kind '{text}' is not extension or trunk", "use --kind extension or --kind trunk"),
    };

    public static string Login(IOpsContext ops, string login)
    {
        var person = ops.Staff.Find(login.Trim())
            ?? throw new NotFoundException($"no staff member '{login}'", "see ops staff list");
        return person.Login;
    }

    public static bool YesNo(string option, string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "true" or "1" => true,
        "no" or "false" or "0" => false,
        _ => throw new InvalidInputException($"{option} '{text}' is not yes or no", $"use {option} yes or {option} no"),
    };

    public static Line Find(IOpsContext ops, string name) =>
        ops.Store.Query(Data.Lines.Select + " WHERE line = $Name", Data.Lines.Read, new { Name = name }).FirstOrDefault()
        ?? throw new NotFoundException($"no line '{name}'", "see ops calls lines list, or add it with ops calls lines add");
}
