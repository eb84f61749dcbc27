namespace Ops.EndToEnd.Tests;

/// <summary>Tests that build or pack the repository's own projects (their obj/ folders are shared): one at a time.</summary>
[CollectionDefinition(nameof(RepositoryBuilds), DisableParallelization = true)]
public sealed class RepositoryBuilds;
