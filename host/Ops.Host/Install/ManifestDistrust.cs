namespace Ops.Host.Install;

/// <summary>An enabled plugin whose pinned <c>plugin.json</c> is gone or not the file pinned, so the manifests cannot
/// say which prerequisites guard the firm's data (<see cref="TamperCheck.ManifestProblem"/>).</summary>
internal sealed record ManifestDistrust(string Id, string Problem, string Fix)
{
    public string Message => $"plugin '{Id}' is enabled, but {Problem}, so which prerequisites guard the firm's data cannot be decided";

    public string Hint => $"{Fix}; or disable it for the firm: ops plugins disable {Id}";
}
