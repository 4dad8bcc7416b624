using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EventSystem;

/// <summary>
/// One remote event, identified by a GUID. Raise it to notify this server's and every other server's
/// <see cref="Raised"/> handlers. Handlers run concurrently and in no particular order, so they must be
/// thread-safe. Obtain instances from <see cref="IEventRegistry.Get"/>.
/// </summary>
public sealed class Event
{
    private readonly EventSystemNode node;
    private readonly object handlersGate = new();
    private JsonTypeInfo? parameterType;
    private EventHandler<EventNotificationEventArgs>? raised;
    private EventHandler<EventMissedEventArgs>? missed;

    // Snapshots of the invocation lists, taken when a handler is added or removed rather than per delivery.
    private Delegate[] raisedHandlers = [];
    private Delegate[] missedHandlers = [];
    private long sentCount;
    private long receivedCount;

    internal Event(Guid id, EventSystemNode node)
    {
        Id = id;
        this.node = node;
    }

    /// <summary>Raised on every server, this one included, when the event is raised.</summary>
    public event EventHandler<EventNotificationEventArgs>? Raised
    {
        add => Update(() => raised += value);
        remove => Update(() => raised -= value);
    }

    /// <summary>
    /// Raised when this server may have missed a remote raise of this event: either this event's message could not
    /// be read, or the application's sequence numbers show a gap that could have been any event.
    /// </summary>
    public event EventHandler<EventMissedEventArgs>? Missed
    {
        add => Update(() => missed += value);
        remove => Update(() => missed -= value);
    }

    /// <summary>The id of the event.</summary>
    public Guid Id { get; }

    /// <summary>Broadcasts of this event that this server sent to Redis.</summary>
    public long SentCount => Interlocked.Read(ref sentCount);

    /// <summary>Remote raises of this event that this server received.</summary>
    public long ReceivedCount => Interlocked.Read(ref receivedCount);

    /// <summary>The type remote arguments are read as; <see langword="null"/> until one is registered.</summary>
    public Type? ParameterType => Volatile.Read(ref parameterType)?.Type;

    /// <summary>
    /// Reads remote arguments of this event as <typeparamref name="T"/>, with System.Text.Json metadata that works
    /// under trimming and Native AOT (for example from a <c>JsonSerializerContext</c>).
    /// </summary>
    public Event UseParameterType<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        Volatile.Write(ref parameterType, typeInfo);
        return this;
    }

    /// <summary>
    /// Reads remote arguments of this event as <typeparamref name="T"/>, using reflection-based metadata.
    /// </summary>
    [RequiresUnreferencedCode("Reflection-based JSON metadata; use the JsonTypeInfo overload when trimming.")]
    [RequiresDynamicCode("Reflection-based JSON metadata; use the JsonTypeInfo overload under Native AOT.")]
    public Event UseParameterType<T>()
    {
        var options = node.JsonOptions;
        if (!options.IsReadOnly)
        {
            // Options nobody has used yet have no resolver; fill in the reflection-based one, as a serialize would.
            options.MakeReadOnly(populateMissingResolver: true);
        }

        return UseParameterType((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    /// <summary>Raises the event on every server; see <see cref="Raise(Guid, object?, EventRaiseOption)"/>.</summary>
    public void Raise(Guid raiserId, object? param) => Raise(raiserId, param, EventRaiseOption.RaiseBroadcast);

    /// <summary>
    /// Raises the event. This server's handlers run before the call returns; a broadcast is then sent to Redis and
    /// the call returns once Redis has taken it.
    /// </summary>
    /// <exception cref="EventPayloadTooLargeException">The argument serializes to more than the limit.</exception>
    /// <exception cref="EventSystemUnavailableException">Redis is unreachable or did not answer in time.</exception>
    /// <exception cref="InvalidOperationException">The node has not been started.</exception>
    public void Raise(Guid raiserId, object? param, EventRaiseOption option) =>
        node.Raise(this, raiserId, param, option);

    /// <summary>Raises the event without blocking; see <see cref="Raise(Guid, object?, EventRaiseOption)"/>.</summary>
    public Task RaiseAsync(Guid raiserId, object? param, CancellationToken cancellationToken = default) =>
        node.RaiseAsync(this, raiserId, param, EventRaiseOption.RaiseBroadcast, cancellationToken);

    /// <summary>Raises the event without blocking; see <see cref="Raise(Guid, object?, EventRaiseOption)"/>.</summary>
    public Task RaiseAsync(
        Guid raiserId, object? param, EventRaiseOption option, CancellationToken cancellationToken = default) =>
        node.RaiseAsync(this, raiserId, param, option, cancellationToken);

    /// <inheritdoc/>
    public override string ToString() => $"Event {Id}";

    internal Delegate[] RaisedHandlers() => Volatile.Read(ref raisedHandlers);

    internal Delegate[] MissedHandlers() => Volatile.Read(ref missedHandlers);

    private void Update(Action change)
    {
        lock (handlersGate)
        {
            change();
            Volatile.Write(ref raisedHandlers, raised?.GetInvocationList() ?? []);
            Volatile.Write(ref missedHandlers, missed?.GetInvocationList() ?? []);
        }
    }

    internal void CountSent() => Interlocked.Increment(ref sentCount);

    internal void CountReceived() => Interlocked.Increment(ref receivedCount);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Arguments without registered metadata "
        + "use reflection by design; registered ones (UseParameterType with JsonTypeInfo) never reach it.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "As above.")]
    internal byte[] Serialize(object? param)
    {
        if (param is null)
        {
            return [];
        }

        var registered = Volatile.Read(ref parameterType);
        return registered is not null && registered.Type.IsInstanceOfType(param)
            ? JsonSerializer.SerializeToUtf8Bytes(param, registered)
            : JsonSerializer.SerializeToUtf8Bytes(param, param.GetType(), node.JsonOptions);
    }

    /// <summary>
    /// Reads a remote argument as the registered type; with none registered, a JSON string becomes a
    /// <see cref="string"/> and anything else a <see cref="JsonElement"/>. Nothing on the wire chooses the type.
    /// </summary>
    internal object? Deserialize(ReadOnlyMemory<byte> payload)
    {
        if (payload.IsEmpty)
        {
            return null;
        }

        var registered = Volatile.Read(ref parameterType);
        if (registered is not null)
        {
            return JsonSerializer.Deserialize(payload.Span, registered);
        }

        // A plain string, the common untyped argument, is read without building a document.
        var reader = new Utf8JsonReader(payload.Span);
        if (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            if (!reader.Read())
            {
                return text;
            }
        }

        return JsonSerializer.Deserialize(payload.Span, EventSystemJsonContext.Default.JsonElement);
    }
}
