using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EventSystem.Hosting;

/// <summary>
/// Starts the node before the application serves requests, so that a raise made elsewhere right after start-up is
/// received, and stops it on shutdown: no new raises, unsubscribe, then running handlers get up to
/// <see cref="EventSystemOptions.ShutdownTimeout"/>.
/// </summary>
internal sealed class EventSystemHostedService(
    EventSystemNode node,
    IEnumerable<IEventSubscriberBinding> bindings,
    IServiceScopeFactory scopes,
    IOptions<EventSystemOptions> options) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource abandon = new();
    private readonly List<IDisposable> subscriptions = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribers are attached first, so that nothing received in the first moments finds them missing.
        foreach (var binding in bindings)
        {
            subscriptions.Add(binding.Attach(node, scopes, abandon.Token));
        }

        await node.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        abandon.CancelAfter(options.Value.ShutdownTimeout);
        await node.DisposeAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }

        subscriptions.Clear();
    }

    public void Dispose() => abandon.Dispose();
}
