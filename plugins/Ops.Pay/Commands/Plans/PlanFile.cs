using Ops.Pay.Data;
using Ops.Pay.Plans;
using Ops.Sdk;
using Ops.Sdk.Errors;
using Ops.Sdk.Input;

namespace Ops.Pay.Commands.Plans;

/// <summary>Reads a plan file and runs every check, the file's own and those against the store.</summary>
internal static class PlanFile
{
    public static (Plan Plan, string Source) Load(IOpsContext context, string path, bool againstStore = true)
    {
        var source = TextInput.ReadAllText(path);
        var name = Path.GetFileName(path);
        var parsed = PlanParser.Parse(name, source);
        InputError.ThrowIfAny(parsed.Errors);
        var plan = parsed.Plan!;
        var store = context.Store;
        // A simulated plan replaces its stored versions, so only its role or person is checked against the store.
        var stored = againstStore ? PlanStore.All(store) : [];
        InputError.ThrowIfAny(PlanRules.Check(name, plan, parsed.Lines, stored, PlanStore.KnownRoles(store), PlanStore.KnownPeople(store)));
        return (plan, source);
    }
}
