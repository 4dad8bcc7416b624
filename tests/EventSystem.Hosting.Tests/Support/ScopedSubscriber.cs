using System.Collections.Concurrent;

namespace EventSystem.Hosting.Tests.Support;

/// <summary>
/// Fails on "boom"; otherwise records each delivery's argument, whether it was local, and its scoped service.
/// </summary>
internal sealed class ScopedSubscriber(DeliveryScope scope, ScopedSubscriber.Log log) : IEventSubscriber<string>
{
    public Task HandleAsync(string args, EventNotificationEventArgs details, CancellationToken cancellationToken)
    {
        if (args == "boom")
        {
            throw new InvalidOperationException("A subscriber that fails.");
        }

        log.Deliveries.Enqueue((args, details.IsLocal, scope));
        return Task.CompletedTask;
    }

    /// <summary>What a test reads back; a singleton.</summary>
    internal sealed class Log
    {
        public ConcurrentQueue<(string Args, bool IsLocal, DeliveryScope Scope)> Deliveries { get; } = new();
    }
}
