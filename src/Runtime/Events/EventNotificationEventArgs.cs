namespace EventSystem;

/// <summary>Describes one delivery of a raised event to a <see cref="Event.Raised"/> handler.</summary>
public sealed class EventNotificationEventArgs : EventArgs
{
    /// <summary>Creates the arguments of a delivery.</summary>
    public EventNotificationEventArgs(
        Guid eventId,
        Guid raiserId,
        object? param,
        bool isLocal,
        string? serverName = null,
        string? applicationName = null,
        long? sequenceNumber = null,
        DateTimeOffset? sentAt = null)
    {
        EventId = eventId;
        RaiserId = raiserId;
        Param = param;
        IsLocal = isLocal;
        ServerName = serverName;
        ApplicationName = applicationName;
        SequenceNumber = sequenceNumber;
        SentAt = sentAt;
    }

    /// <summary>The id of the event that was raised.</summary>
    public Guid EventId { get; }

    /// <summary>The id the raiser passed to identify itself (for example a component or cache id).</summary>
    public Guid RaiserId { get; }

    /// <summary>
    /// The argument of the raise, decoded on this server as the type registered for the event; without a
    /// registration a JSON string arrives as <see cref="string"/> and anything else as a
    /// <see cref="System.Text.Json.JsonElement"/>.
    /// </summary>
    public object? Param { get; }

    /// <summary><see langword="true"/> when the event was raised on this server.</summary>
    public bool IsLocal { get; }

    /// <summary>The name of the server that raised a remote event; <see langword="null"/> for a local one.</summary>
    public string? ServerName { get; }

    /// <summary>The application the remote event belongs to; <see langword="null"/> for a local one.</summary>
    public string? ApplicationName { get; }

    /// <summary>
    /// The application-wide sequence number of a remote event; <see langword="null"/> for a local one.
    /// </summary>
    public long? SequenceNumber { get; }

    /// <summary>When the remote server sent the event, by its clock; <see langword="null"/> for a local one.</summary>
    public DateTimeOffset? SentAt { get; }
}
