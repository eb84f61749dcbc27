using System.CommandLine;
using Ops.Sdk.Cli;

namespace Ops.Clients.Commands;

/// <summary>The clients commands' own argument shapes (options come from the SDK's <c>OpsOptions</c>).</summary>
internal static class Opts
{
    public static Argument<string> Client() => new Argument<string>("client") { Description = "The client's id or INN" }.CarriesClientData();

    public static Argument<string> Login(string name = "login", string description = "A staff login") => new(name) { Description = description };

}
