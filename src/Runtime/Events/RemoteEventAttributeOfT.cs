using System.Text.Json.Serialization;

namespace EventSystem;

/// <summary>
/// Turns a <see langword="static partial"/> class into a remote event whose argument is a
/// <typeparamref name="TArgs"/>, serialized with the System.Text.Json metadata of <typeparamref name="TJsonContext"/>
/// (no reflection, so it works under trimming and Native AOT). List the argument type on the context with
/// <c>[JsonSerializable(typeof(TArgs))]</c>.
/// </summary>
/// <typeparam name="TArgs">The argument every raise carries.</typeparam>
/// <typeparam name="TJsonContext">A source-generated <see cref="JsonSerializerContext"/> that lists
/// <typeparamref name="TArgs"/>.</typeparam>
/// <example>
/// <code>
/// public sealed record OrderUpdatedArgs(int OrderId, string Status);
///
/// [JsonSerializable(typeof(OrderUpdatedArgs))]
/// internal sealed partial class ShopJsonContext : JsonSerializerContext;
///
/// [RemoteEvent&lt;OrderUpdatedArgs, ShopJsonContext&gt;("7d1c2a4e-8f3b-4c6d-a1e2-9b0f5c3d7e21")]
/// public static partial class OrderUpdated;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
#pragma warning disable CA1005 // Two type parameters name the argument and its metadata; both are needed.
public sealed class RemoteEventAttribute<TArgs, TJsonContext> : Attribute
#pragma warning restore CA1005
    where TJsonContext : JsonSerializerContext
{
    /// <summary>Declares the event with its fixed id.</summary>
    /// <param name="id">The event's GUID, the same on every server, for example from <c>uuidgen</c>.</param>
    public RemoteEventAttribute(string id) => Id = id;

    /// <summary>The event's GUID as written in the attribute.</summary>
    public string Id { get; }
}
