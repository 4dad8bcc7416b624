namespace EventSystem.Generators;

/// <summary>Names of the pipeline steps, so that tests can check which steps re-ran.</summary>
internal static class TrackingNames
{
    public const string PlainEvents = nameof(PlainEvents);
    public const string TypedEvents = nameof(TypedEvents);
    public const string AllEvents = nameof(AllEvents);
    public const string Models = nameof(Models);
    public const string Diagnostics = nameof(Diagnostics);
    public const string IdUses = nameof(IdUses);
    public const string DuplicateIds = nameof(DuplicateIds);
}
