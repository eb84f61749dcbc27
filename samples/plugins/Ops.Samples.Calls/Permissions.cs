namespace Ops.Samples.Calls;

/// <summary>The permissions declared in plugin.json.</summary>
internal static class Permissions
{
    public const string Import = "calls.import";
    public const string Lines = "calls.lines";
    public const string Report = "calls.report";

    // The client registry's permissions, which decide which clients and contacts a report may show.
    public const string ClientsView = "clients.view";
    public const string ClientsContacts = "clients.contacts";
}
