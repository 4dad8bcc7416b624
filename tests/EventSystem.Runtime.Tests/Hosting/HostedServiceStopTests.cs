using EventSystem.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventSystem.Runtime.Tests.Hosting;

public sealed class HostedServiceStopTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_second_stop_during_the_first_waits_for_it_and_each_subscription_is_disposed_once()
    {
        using var release = new ManualResetEventSlim();
        var blocking = new CountingSubscription(release);
        CountingSubscription[] subscriptions = [blocking, new(), new(), new()];
        var node = new EventSystemNode(new EventSystemOptions());
        using var service = new EventSystemHostedService(
            node,
            subscriptions.Select(s => new FixedBinding(s)),
            scopes: null!,
            Options.Create(new EventSystemOptions()));
        await service.StartAsync(CancellationToken.None);

        var first = Task.Run(() => service.StopAsync(CancellationToken.None));
        await blocking.Entered.Task.WaitAsync(Deadline);
        var second = Task.Run(() => service.StopAsync(CancellationToken.None));
        // Before the fix the second stop ran the unsubscribe loop beside the first and finished here.
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(300)));
        release.Set();

        await Task.WhenAll(first, second).WaitAsync(Deadline);
        Assert.All(subscriptions, s => Assert.Equal(1, s.Disposals));
        Assert.False(node.IsStarted);
    }

    private sealed class FixedBinding(IDisposable subscription) : IEventSubscriberBinding
    {
        public IDisposable Attach(IEventRegistry registry, IServiceScopeFactory scopes, CancellationToken abandon) =>
            subscription;
    }

    /// <summary>Counts disposals; with a gate, the first disposal waits until the test opens it.</summary>
    private sealed class CountingSubscription(ManualResetEventSlim? gate = null) : IDisposable
    {
        private int disposals;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Disposals => Volatile.Read(ref disposals);

        public void Dispose()
        {
            if (Interlocked.Increment(ref disposals) == 1 && gate is not null)
            {
                Entered.TrySetResult();
                gate.Wait(Deadline);
            }
        }
    }
}
