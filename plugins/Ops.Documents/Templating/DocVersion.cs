using Ops.Documents.Data;
using Ops.Sdk;

namespace Ops.Documents.Templating;

/// <summary>The version people sign: the template's declared one, except for the «Положение о премировании», whose
/// content comes from the pay plans and whose version is therefore the plans' rule-set version.</summary>
internal static class DocVersion
{
    public static int Current(IOpsContext context, string doc) =>
        doc == BonusRuleSet.Doc ? BonusRuleSet.CurrentVersion(context) : TemplateSource.CurrentVersion(context.Store, doc);
}
