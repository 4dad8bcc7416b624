namespace EventSystem;

/// <summary>
/// Hands out one <see cref="Event"/> per event id on this server, and reports losses that cannot be tied to a
/// single event.
/// </summary>
public interface IEventRegistry
{
    /// <summary>
    /// Returns the event with the given id, creating it on first use. The same id always yields the same object.
    /// Only events that were handed out here are received from other servers.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is <see cref="Guid.Empty"/>.</exception>
    Event Get(Guid eventId);

    /// <summary>Returns every event this registry has handed out so far.</summary>
    IEnumerable<Event> List();

    /// <summary>
    /// Raised once for each loss that cannot be tied to one event (the sequence numbers of the application show a
    /// gap). Every event of the registry raises its own <see cref="Event.Missed"/> for the same loss as well.
    /// </summary>
    event EventHandler<EventMissedEventArgs>? Missed;
}
