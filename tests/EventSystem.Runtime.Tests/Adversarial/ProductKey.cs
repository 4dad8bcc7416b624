namespace EventSystem.Runtime.Tests.Adversarial;

/// <summary>
/// An ordinary argument type whose constructor derives a value, as application records often do. A message without
/// a name makes it throw a <see cref="NullReferenceException"/> while System.Text.Json builds it.
/// </summary>
public sealed record ProductKey(string Name)
{
    /// <summary>The name as a cache key.</summary>
    public string CacheKey { get; } = Name.ToUpperInvariant();
}
