using System.Diagnostics;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;
using Microsoft.Extensions.Logging;

namespace EventSystem.Runtime.Tests.Faults;

/// <summary>Faults injected for real into a redis-server of the test's own.</summary>
public sealed class RedisRestartTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Raise_after_redis_restart_is_delivered_and_the_reset_is_a_new_epoch_not_a_flood()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        using var logsB = new CapturingLoggerProvider();
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis.ConnectionString, app, "a");
        await using var b = await TestNodes.StartAsync(redis.ConnectionString, app, "b", logs: logsB);
        var id = Guid.NewGuid();
        var atB = new EventRecorder(b.Get(id));
        for (var i = 0; i < 50; i++)
        {
            await a.Get(id).RaiseAsync(Guid.NewGuid(), $"before-{i}");
        }

        await Eventually.UntilAsync(() => atB.Raised.Count == 50, Deadline, () => $"{atB.Raised.Count}/50 before");

        // Fault: redis-server killed with SIGKILL, then started empty on the same port (no persistence).
        await redis.KillAsync();
        await redis.RestartAsync();
        await Eventually.UntilAsync(() => a.IsConnected && b.IsConnected, Deadline, () => "nodes did not reconnect");

        // Until b's subscription is back, raises may be missed; probe until one arrives.
        var probes = 0;
        await Eventually.UntilAsync(async () =>
        {
            await RetryWhileUnavailableAsync(() => a.Get(id).RaiseAsync(Guid.NewGuid(), "probe"));
            probes++;
            await Task.Delay(50);
            return atB.Raised.Any(e => Equals(e.Param, "probe"));
        }, Deadline, () => "no probe arrived after the restart");
        for (var i = 0; i < 20; i++)
        {
            await a.Get(id).RaiseAsync(Guid.NewGuid(), $"after-{i}");
        }

        // Numbers restart at 1 after the restart; a tracker that took them for duplicates would drop them all.
        await Eventually.UntilAsync(() => Count(atB, "after") == 20, Deadline,
            () => $"{Count(atB, "after")}/20 after the restart");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.True(b.Statistics.EpochResets >= 1, "the counter reset went unnoticed");
        Assert.True(b.Statistics.MissedEvents < probes, $"missed {b.Statistics.MissedEvents} with {probes} probes");
        Assert.Contains(logsB.Messages(LogLevel.Warning), m => m.Contains("counter", StringComparison.Ordinal)
            && m.Contains("reset", StringComparison.Ordinal));
        Assert.Equal(50, Count(atB, "before"));
    }

    [Fact]
    public async Task Raise_while_redis_is_down_fails_in_bounded_time_and_recovers_when_it_is_back()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis.ConnectionString, app, "a",
            o => o.RaiseTimeout = TimeSpan.FromSeconds(2));
        await using var b = await TestNodes.StartAsync(redis.ConnectionString, app, "b");
        var id = Guid.NewGuid();
        var atB = new EventRecorder(b.Get(id));
        var localCalls = new EventRecorder(a.Get(id));

        await redis.KillAsync();
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<EventSystemUnavailableException>(
            () => a.Get(id).RaiseAsync(Guid.NewGuid(), "while down"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
        Assert.Contains("Redis", error.Message, StringComparison.Ordinal);
        Assert.Single(localCalls.Local);

        await redis.RestartAsync();

        // a recovers by itself; raise until b, whose subscription comes back on its own schedule, hears one.
        await Eventually.UntilAsync(async () =>
        {
            await RetryWhileUnavailableAsync(() => a.Get(id).RaiseAsync(Guid.NewGuid(), "back"));
            await Task.Delay(50);
            return atB.Raised.Any(e => Equals(e.Param, "back"));
        }, Deadline, () => "nothing arrived after the restart");
        Assert.DoesNotContain(atB.Raised, e => Equals(e.Param, "while down"));
    }

    [Fact]
    public async Task A_deleted_counter_starts_a_new_epoch_without_false_gaps()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        await using var raw = await RawRedisClient.ConnectAsync(redis, app);
        var id = Guid.NewGuid();
        var atB = new EventRecorder(b.Get(id));
        for (var i = 0; i < 30; i++)
        {
            await a.Get(id).RaiseAsync(Guid.NewGuid(), i);
        }

        await Eventually.UntilAsync(() => atB.Raised.Count == 30, Deadline, () => "first batch lost");

        // Fault: the counter key vanishes (as with FLUSHALL), so numbering starts again at 1.
        await raw.DeleteCounterAsync();
        for (var i = 30; i < 40; i++)
        {
            await a.Get(id).RaiseAsync(Guid.NewGuid(), i);
        }

        await Eventually.UntilAsync(() => atB.Raised.Count == 40, Deadline, () => $"{atB.Raised.Count}/40");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(0, b.Statistics.MissedEvents);
        Assert.Equal(1, b.Statistics.EpochResets);
        Assert.Equal(0, b.Statistics.DroppedTotal);
    }

    private static int Count(EventRecorder recorder, string prefix) =>
        recorder.Raised.Count(e => e.Param is string text && text.StartsWith(prefix, StringComparison.Ordinal));

    private static async Task RetryWhileUnavailableAsync(Func<Task> raise)
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            try
            {
                await raise();
                return;
            }
            catch (EventSystemUnavailableException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(50);
            }
        }
    }
}
