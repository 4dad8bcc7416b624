namespace EventSystem;

/// <summary>
/// Turns a <see langword="static partial"/> class into a remote event without arguments. The EventSystem source
/// generator adds <c>Id</c>, <c>Raise</c>, <c>RaiseAsync</c>, <c>RaiseLocally</c>, <c>Subscribe</c> and
/// <c>SubscribeMissed</c> to the class.
/// </summary>
/// <example>
/// <code>
/// [RemoteEvent("0b6f3c1e-5a7d-4a53-9d0e-2f4a8c1b7e90")]
/// public static partial class CacheCleared;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RemoteEventAttribute : Attribute
{
    /// <summary>Declares the event with its fixed id.</summary>
    /// <param name="id">The event's GUID, the same on every server, for example from <c>uuidgen</c>.</param>
    public RemoteEventAttribute(string id) => Id = id;

    /// <summary>The event's GUID as written in the attribute.</summary>
    public string Id { get; }
}
