namespace EventSystem.Hosting.Tests.Support;

/// <summary>
/// Tests that watch the process-wide default node; they run alone so no other test starts a node meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DefaultNodeGroup
{
    public const string Name = "Default node";
}
