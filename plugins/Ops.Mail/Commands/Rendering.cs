using Ops.Mail.Model;
using Ops.Mail.Targets;
using Ops.Sdk;
using Ops.Sdk.Errors;

namespace Ops.Mail.Commands;

/// <summary>What generate and check share: build and validate the model, tell the person what was left out, render.</summary>
internal static class Rendering
{
    public static Survey Survey(IOpsContext context)
    {
        var survey = SurveyBuilder.Build(context);
        Explain(context, survey);
        InputError.ThrowIfAny(survey.Problems);
        return survey;
    }

    public static void Explain(IOpsContext context, Survey survey)
    {
        if (survey.Model.Mode == ClientsMode.AllExternal)
            context.Output.Message(context.Plugins.VersionOf("clients") is null
                ? "The client registry (clients) is not installed: the rules treat all external mail as client mail."
                : "The client registry (clients) is disabled: the rules treat all external mail as client mail.");
        if (survey.HiddenClients > 0)
            context.Output.Message($"{survey.HiddenClients} client(s) left out of the rules: {survey.HiddenReason}.");
        else if (survey.Model.Mode == ClientsMode.Registry && !survey.Model.HasClientSenders)
            context.Output.Message("No client domains or contact addresses are known: the rules copy no client mail.");
    }

    /// <summary>Files per target; with more than one target each goes to a sub-folder named after it.</summary>
    public static IEnumerable<(ITarget Target, string Directory, IReadOnlyList<GeneratedFile> Files)> Render(
        IReadOnlyList<ITarget> targets, MailModel model, string directory) =>
        targets.Select(t => (t, targets.Count > 1 ? Path.Combine(directory, t.Name) : directory, t.Render(model)));
}
