namespace Ops.Clients.Access;

/// <summary>The permissions this plugin declares in plugin.json.</summary>
internal static class Permissions
{
    public const string View = "clients.view";
    public const string Contacts = "clients.contacts";
    public const string Edit = "clients.edit";
    public const string Assign = "clients.assign";
    public const string Export = "clients.export";
    public const string Watch = "clients.watch";
}
