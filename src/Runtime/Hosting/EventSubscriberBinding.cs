using Microsoft.Extensions.DependencyInjection;

namespace EventSystem.Hosting;

/// <summary>Ties one <see cref="IEventSubscriber{TArgs}"/> class to one event, once the node exists.</summary>
internal interface IEventSubscriberBinding
{
    /// <summary>Adds the subscriber's handler to the event; dispose the result to remove it.</summary>
    IDisposable Attach(IEventRegistry registry, IServiceScopeFactory scopes, CancellationToken abandon);
}

/// <summary>Resolves <typeparamref name="TSubscriber"/> in a fresh scope for every delivery of the event.</summary>
internal sealed class EventSubscriberBinding<TSubscriber, TArgs>(Func<IEventRegistry, Event> resolveEvent)
    : IEventSubscriberBinding
    where TSubscriber : class, IEventSubscriber<TArgs>
{
    public IDisposable Attach(IEventRegistry registry, IServiceScopeFactory scopes, CancellationToken abandon)
    {
        var target = resolveEvent(registry)
            ?? throw new InvalidOperationException($"The event of {typeof(TSubscriber).Name} resolved to null.");

        // Waited for on the handler's worker, as asynchronous delegate handlers are, so shutdown can drain it.
        EventHandler<EventNotificationEventArgs> handler =
            (_, details) => DeliverAsync(scopes, details, abandon).GetAwaiter().GetResult();
        target.Raised += handler;
        return new Detach(() => target.Raised -= handler);
    }

    private static async Task DeliverAsync(
        IServiceScopeFactory scopes, EventNotificationEventArgs details, CancellationToken abandon)
    {
        var args = details.Param switch
        {
            TArgs typed => typed,
            null => default!,
            _ => throw new InvalidOperationException(
                $"Event {details.EventId} arrived with an argument of type {details.Param.GetType().Name}, but "
                + $"{typeof(TSubscriber).Name} handles {typeof(TArgs).Name}; declare the event with the same "
                + "argument type on every server."),
        };
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var subscriber = scope.ServiceProvider.GetRequiredService<TSubscriber>();
            await subscriber.HandleAsync(args, details, abandon).ConfigureAwait(false);
        }
    }

    private sealed class Detach(Action detach) : IDisposable
    {
        private Action? detach = detach;

        public void Dispose() => Interlocked.Exchange(ref detach, null)?.Invoke();
    }
}
