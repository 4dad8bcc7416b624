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
    private readonly object gate = new();
    private IDisposable[] subscriptions = [];
    private Task? stopped;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribers are attached first, so that nothing received in the first moments finds them missing.
        subscriptions = [.. bindings.Select(binding => binding.Attach(node, scopes, abandon.Token))];
        await node.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops once: hosts may call this twice at the same time (a test server's dispose and the application's own
    /// shutdown), and the second call waits for the first instead of unsubscribing beside it.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            stopped ??= StopOnceAsync();
        }

        return stopped.WaitAsync(cancellationToken);
    }

    private async Task StopOnceAsync()
    {
        abandon.CancelAfter(options.Value.ShutdownTimeout);
        await node.DisposeAsync().ConfigureAwait(false);
        foreach (var subscription in Interlocked.Exchange(ref subscriptions, []))
        {
            subscription.Dispose();
        }
    }

    public void Dispose() => abandon.Dispose();
}
