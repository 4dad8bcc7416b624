namespace EventSystem;

/// <summary>An event argument serialized to more bytes than <see cref="EventSystemOptions.MaxPayloadBytes"/>.</summary>
public sealed class EventPayloadTooLargeException : ArgumentException
{
    /// <summary>Creates the exception for an argument of <paramref name="size"/> bytes.</summary>
    public EventPayloadTooLargeException(Guid eventId, int size, int limit)
        : base(
            $"The argument of event {eventId} serializes to {size} bytes, over the limit of {limit} bytes. "
            + "Send a smaller argument (an id rather than the object), or raise EventSystemOptions.MaxPayloadBytes "
            + "on every server.",
            "param")
    {
        EventId = eventId;
        Size = size;
        Limit = limit;
    }

    /// <summary>The event that was raised.</summary>
    public Guid EventId { get; }

    /// <summary>The serialized size of the argument, in bytes.</summary>
    public int Size { get; }

    /// <summary>The configured limit, in bytes.</summary>
    public int Limit { get; }
}
