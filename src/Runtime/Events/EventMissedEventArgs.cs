namespace EventSystem;

/// <summary>
/// Reports remote events that this server did not receive: a range of the application's sequence numbers that
/// stayed missing for longer than the configured wait, or an event that arrived but could not be decoded.
/// </summary>
public sealed class EventMissedEventArgs : EventArgs
{
    /// <summary>Creates the arguments of a loss report.</summary>
    public EventMissedEventArgs(
        long firstSequenceNumber,
        long lastSequenceNumber,
        DateTimeOffset detectedAt,
        Guid? eventId = null,
        string? applicationName = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastSequenceNumber, firstSequenceNumber);
        FirstSequenceNumber = firstSequenceNumber;
        LastSequenceNumber = lastSequenceNumber;
        DetectedAt = detectedAt;
        EventId = eventId;
        ApplicationName = applicationName;
    }

    /// <summary>The first missing sequence number.</summary>
    public long FirstSequenceNumber { get; }

    /// <summary>The last missing sequence number (equal to the first when one event was lost).</summary>
    public long LastSequenceNumber { get; }

    /// <summary>How many sequence numbers the report covers.</summary>
    public long Count => LastSequenceNumber - FirstSequenceNumber + 1;

    /// <summary>When this server decided that the events were lost.</summary>
    public DateTimeOffset DetectedAt { get; }

    /// <summary>
    /// The event that was lost, where it is known; <see langword="null"/> when any event of the application may
    /// have been lost, in which case every listener must assume it missed one.
    /// </summary>
    public Guid? EventId { get; }

    /// <summary>The application whose events were lost.</summary>
    public string? ApplicationName { get; }
}
