namespace EventSystem.Runtime.Tests.Telemetry;

/// <summary>
/// Tests that start or forbid trace listeners run alone: a tracer provider listens process-wide, so it would change
/// what "nobody listens" means for tests running beside it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TracingGroup
{
    public const string Name = "Tracing";
}
