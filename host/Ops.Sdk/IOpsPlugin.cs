using System.CommandLine;
using Ops.Sdk.Access;
using Ops.Sdk.Departure;
using Ops.Sdk.Risk;

namespace Ops.Sdk;

/// <summary>
/// The entry point of a plugin. The host finds the one public, non-abstract type implementing this
/// interface in the plugin's entry assembly and creates it with its parameterless constructor, only
/// when one of the plugin's commands runs (or its checks are needed).
/// </summary>
public interface IOpsPlugin
{
    /// <summary>The top-level commands named in the manifest, built against <paramref name="context"/>.
    /// The context opens the store lazily, so building commands costs nothing until an action runs.</summary>
    IEnumerable<Command> CreateCommands(IOpsContext context);

    /// <summary>Checks this plugin contributes to <c>ops risk</c>.</summary>
    IEnumerable<IRiskCheck> RiskChecks(IOpsContext context) => [];

    /// <summary>Conditions this plugin imposes on permissions (listed under <c>prerequisites</c> in its manifest).</summary>
    IEnumerable<IAccessPrerequisite> AccessPrerequisites(IOpsContext context) => [];

    /// <summary>Whether a grant of <paramref name="scope"/> to <paramref name="login"/> reaches <paramref name="record"/>
    /// (<c>kind:id</c>, e.g. <c>client:42</c>), for a permission this plugin declares. Null when the record is not
    /// this plugin's. Added in SDK 1.1; plugins built for 1.0 keep working (they answer null).</summary>
    RecordReach? ExplainRecord(IOpsContext context, string login, Scope scope, string record) => null;

    /// <summary>The steps this plugin adds to the departure plan of <paramref name="person"/> (<c>ops staff offboard</c>),
    /// each with its state judged from the store. Added in SDK 1.2; plugins built earlier contribute none.</summary>
    IEnumerable<DepartureStep> DepartureSteps(IOpsContext context, DepartingPerson person) => [];

    /// <summary>The files this plugin adds to the evidence pack about <paramref name="person"/> (<c>ops case export</c>),
    /// already limited to what the actor may see; <paramref name="request"/> is what the requester gave beyond the person
    /// (<c>--leaked FILE</c>). Added in SDK 1.2; plugins built earlier contribute none.</summary>
    IEnumerable<EvidenceFile> Evidence(IOpsContext context, DepartingPerson person, EvidenceRequest request) => [];
}
