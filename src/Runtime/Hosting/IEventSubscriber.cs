namespace EventSystem;

/// <summary>
/// Handles one event type, as a class resolved from dependency injection instead of a delegate. Register it with
/// <c>services.AddEventSubscriber&lt;TSubscriber, TArgs&gt;(...)</c>. Each delivery resolves the subscriber in a
/// dependency injection scope of its own, so it may depend on scoped services; the scope is disposed when
/// <see cref="HandleAsync"/> completes.
/// </summary>
/// <typeparam name="TArgs">The event's argument type, the same on every server.</typeparam>
public interface IEventSubscriber<in TArgs>
{
    /// <summary>
    /// Handles one raise of the event, from this server or another. Calls run concurrently and in no fixed order.
    /// A raise on this server waits for this server's subscribers before it returns.
    /// </summary>
    /// <param name="args">The event's argument (<see langword="default"/> for an event raised without one).</param>
    /// <param name="details">Where the raise came from: local or remote, server, sequence number, raiser id.</param>
    /// <param name="cancellationToken">
    /// Cancelled when the application stops and <see cref="EventSystemOptions.ShutdownTimeout"/> has passed.
    /// </param>
    Task HandleAsync(TArgs args, EventNotificationEventArgs details, CancellationToken cancellationToken);
}
