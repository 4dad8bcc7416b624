using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Adversarial;

/// <summary>
/// With the handler queue full and a handler blocked, DisposeAsync once never returned: the receive loop waited
/// for queue space with no way to be cancelled, so stopping never reached the handlers' deadline. Queueing now
/// gives up when the node stops.
/// </summary>
public sealed class LifetimeTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Dispose_returns_while_a_handler_blocks_and_the_queue_is_full()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        var id = Guid.NewGuid();
        await using var a = await TestNodes.StartAsync(redis.ConnectionString, app, "a");
        var b = await TestNodes.StartAsync(redis.ConnectionString, app, "b", o =>
        {
            o.MaxConcurrentHandlers = 1;
            o.MaxQueuedHandlerCalls = 1;
        });
        using var gate = new ManualResetEventSlim();
        var entered = 0;
        b.Get(id).Raised += (_, e) =>
        {
            if (!e.IsLocal)
            {
                Interlocked.Increment(ref entered);
                gate.Wait(TimeSpan.FromSeconds(60));
            }
        };
        for (var i = 0; i < 5; i++)
        {
            await a.Get(id).RaiseAsync(Guid.NewGuid(), i);
        }

        await Eventually.UntilAsync(() => Volatile.Read(ref entered) == 1, Deadline, () => "handler never ran");
        await Task.Delay(300); // let the receive loop fill the one-slot queue and park on the next call

        var dispose = b.DisposeAsync().AsTask();
        var finished = await Task.WhenAny(dispose, Task.Delay(TimeSpan.FromSeconds(12))) == dispose;
        gate.Set();
        await dispose.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(finished, "DisposeAsync did not return within 12 s although it promises to wait for running "
            + "handlers for up to five seconds");
    }
}
