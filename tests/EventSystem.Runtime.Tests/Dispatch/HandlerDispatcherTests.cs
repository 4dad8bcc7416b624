using EventSystem.Dispatch;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Dispatch;

public sealed class HandlerDispatcherTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static HandlerCall Call(Action action) =>
        new((EventHandler<EventMissedEventArgs>)((_, _) => action()), new object(),
            new EventMissedEventArgs(1, 1, DateTimeOffset.UnixEpoch), Guid.Empty);

    private static HandlerDispatcher Dispatcher(int concurrency, int capacity, List<Exception>? failures = null) =>
        new(concurrency, capacity, call => call.Invoke(), (_, ex) =>
        {
            lock (failures ?? [])
            {
                failures?.Add(ex);
            }
        });

    [Fact]
    public async Task A_blocked_handler_holds_only_its_own_worker()
    {
        var dispatcher = Dispatcher(concurrency: 4, capacity: 100);
        using var gate = new ManualResetEventSlim();
        var quick = 0;
        await dispatcher.EnqueueAsync(Call(() => gate.Wait(Deadline)), CancellationToken.None);
        for (var i = 0; i < 10; i++)
        {
            await dispatcher.EnqueueAsync(Call(() => Interlocked.Increment(ref quick)), CancellationToken.None);
        }

        await Eventually.UntilAsync(() => Volatile.Read(ref quick) == 10, Deadline, () => $"{quick}/10 ran");
        Assert.False(gate.IsSet);
        gate.Set();
        await dispatcher.StopAsync(Deadline);
    }

    [Fact]
    public async Task No_more_than_the_limit_run_at_once()
    {
        var dispatcher = Dispatcher(concurrency: 3, capacity: 100);
        var running = 0;
        var peak = 0;
        var done = 0;
        for (var i = 0; i < 30; i++)
        {
            await dispatcher.EnqueueAsync(Call(() =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref peak, now);
                Thread.Sleep(25);
                Interlocked.Decrement(ref running);
                Interlocked.Increment(ref done);
            }), CancellationToken.None);
        }

        await Eventually.UntilAsync(() => Volatile.Read(ref done) == 30, Deadline, () => $"{done}/30 done");
        Assert.InRange(peak, 1, 3);
        await dispatcher.StopAsync(Deadline);
    }

    [Fact]
    public async Task A_full_queue_makes_the_caller_wait_and_stopping_cancels_the_wait()
    {
        var dispatcher = Dispatcher(concurrency: 1, capacity: 2);
        using var gate = new ManualResetEventSlim();
        await dispatcher.EnqueueAsync(Call(() => gate.Wait(Deadline)), CancellationToken.None);
        await dispatcher.EnqueueAsync(Call(() => { }), CancellationToken.None);

        using var stop = new CancellationTokenSource();
        var third = dispatcher.EnqueueAsync(Call(() => { }), stop.Token).AsTask();
        await Task.Delay(100);
        Assert.False(third.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
        gate.Set();
        await dispatcher.StopAsync(Deadline);
    }

    [Fact]
    public async Task A_throwing_handler_is_reported_and_the_next_one_runs()
    {
        var failures = new List<Exception>();
        var dispatcher = Dispatcher(concurrency: 1, capacity: 10, failures);
        var ran = false;
        await dispatcher.EnqueueAsync(Call(() => throw new InvalidOperationException("bug")), CancellationToken.None);
        await dispatcher.EnqueueAsync(Call(() => ran = true), CancellationToken.None);

        await Eventually.UntilAsync(() => Volatile.Read(ref ran), Deadline, () => "the second handler never ran");
        lock (failures)
        {
            Assert.Equal("bug", Assert.Single(failures).Message);
        }

        await dispatcher.StopAsync(Deadline);
    }

    [Fact]
    public async Task Stopping_waits_for_queued_calls_but_not_past_the_deadline()
    {
        var dispatcher = Dispatcher(concurrency: 1, capacity: 10);
        using var gate = new ManualResetEventSlim();
        await dispatcher.EnqueueAsync(Call(() => gate.Wait(Deadline)), CancellationToken.None);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await dispatcher.StopAsync(TimeSpan.FromMilliseconds(300));
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
        gate.Set();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
