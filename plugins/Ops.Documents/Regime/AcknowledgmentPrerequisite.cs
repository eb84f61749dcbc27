using Ops.Documents.Data;
using Ops.Documents.Templating;
using Ops.Sdk;
using Ops.Sdk.Access;

namespace Ops.Documents.Regime;

/// <summary>
/// Client contacts only for people who have signed the current versions of the acknowledgment sheet
/// and the non-disclosure undertaking (98-FZ art. 11: acquaint against signature before access).
/// Reads this plugin's tables only; it must not ask IAccessControl, which asks it.
/// </summary>
internal sealed class AcknowledgmentPrerequisite(IOpsContext context) : IAccessPrerequisite
{
    public string Permission => AccessIndex.ClientContacts;

    public string? Unmet(string login)
    {
        var missing = new List<string>();
        foreach (var kind in DocumentKind.All.Where(d => d.RequiredForAccess))
        {
            var version = TemplateSource.CurrentVersion(context.Store, kind.Id);
            if (!Signatures.HasSigned(context.Store, login, kind.Id, version))
                missing.Add($"«{kind.TitleRu}» ({kind.Id}) version {version}");
        }
        if (missing.Count == 0) return null;
        return $"{login} has not signed {string.Join(" and ", missing)}; " +
               $"record the signature with: ops docs sign --person {login} --doc DOC --date YYYY-MM-DD";
    }
}
