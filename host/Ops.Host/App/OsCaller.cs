namespace Ops.Host.App;

/// <summary>The real OS user behind a run of <c>ops</c> and their uid (the sudo caller under sudo).</summary>
internal sealed record OsCaller(string Login, int Uid);
