namespace Ops.Sdk.Access;

/// <summary>A condition a plugin puts on another plugin's permission, e.g. "client contacts only after
/// signing the trade-secret acknowledgment". The host asks it whenever that permission is decided.</summary>
public interface IAccessPrerequisite
{
    /// <summary>The permission this prerequisite guards, e.g. <c>clients.contacts</c>.</summary>
    string Permission { get; }

    /// <summary>Null when <paramref name="login"/> meets the condition; otherwise the reason to show,
    /// naming what is missing (e.g. the document and its version).</summary>
    string? Unmet(string login);
}
