namespace EventSystem.Generators;

/// <summary>Names of the pipeline steps, so that tests can check which steps re-ran.</summary>
internal static class TrackingNames
{
    /// <summary>One model per annotated class, or null for one that cannot get members.</summary>
    public const string Events = nameof(Events);

    /// <summary>The generated files by hash bucket, each file holding the events that share it.</summary>
    public const string Buckets = nameof(Buckets);
}
