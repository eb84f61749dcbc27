using System.CommandLine;
using Ops.Sdk.Errors;

namespace Ops.Samples.Calls.Commands.Report;

internal static class DaysOption
{
    public const int Default = 30;

    public static Option<int> Create(string description) => new("--days")
    {
        Description = description,
        DefaultValueFactory = _ => Default,
    };

    public static int Value(int days) => days is >= 1 and <= 3660 ? days
        : throw new InvalidInputException($"--days {days} is out of range", "use a number of days from 1 to 3660");
}
