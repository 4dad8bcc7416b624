using System.Text;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;
using EventSystem.Transport.Redis;
using EventSystem.Wire;
using StackExchange.Redis;

namespace EventSystem.Runtime.Tests.Adversarial;

/// <summary>
/// A single message once ended a node's receive loop for good (a counter read that timed out, a payload type whose
/// constructor threw). Each message is now processed behind a last line of defence that logs, counts and goes on.
/// </summary>
public sealed class ReceiveLoopTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_payload_whose_registered_type_constructor_throws_does_not_stop_later_events()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        var id = Guid.NewGuid();
        await using var a = await TestNodes.StartAsync(redis.ConnectionString, app, "a");
        await using var b = await TestNodes.StartAsync(redis.ConnectionString, app, "b");
        b.Get(id).UseParameterType<ProductKey>();
        var atB = new EventRecorder(b.Get(id));
        await using var raw = await RawRedisClient.ConnectAsync(redis.ConnectionString, app);
        await a.Get(id).RaiseAsync(Guid.NewGuid(), new ProductKey("first"));
        await Eventually.UntilAsync(() => atB.Raised.Count == 1, Deadline, () => "first never arrived");

        // "{}" leaves Name null; the record's constructor then throws NullReferenceException inside Deserialize.
        await raw.PublishAsync(await raw.StampAsync(Bodies.One(app, id, "{}")));
        await a.Get(id).RaiseAsync(Guid.NewGuid(), new ProductKey("after"));

        await Eventually.UntilAsync(() => atB.Remote.Any(e => e.Param is ProductKey { Name: "after" }), Deadline,
            () => $"b stopped receiving after one bad payload; received {atB.Raised.Count}, "
                + $"missed {atB.MissedCount}, dropped {b.Statistics.DroppedTotal}");
        Assert.Equal(1, atB.MissedCount);
    }

    [Fact]
    public async Task A_foreign_epoch_while_redis_is_slow_does_not_stop_later_events()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        var id = Guid.NewGuid();
        await using var a = await TestNodes.StartAsync(redis.ConnectionString, app, "a");
        await using var b = await TestNodes.StartAsync(redis.ConnectionString, app, "b",
            o => o.RaiseTimeout = TimeSpan.FromMilliseconds(500));
        var atB = new EventRecorder(b.Get(id));
        await a.Get(id).RaiseAsync(Guid.NewGuid(), "first");
        await Eventually.UntilAsync(() => atB.Raised.Count == 1, Deadline, () => "first never arrived");

        // A message with an epoch Redis does not have makes b read the counter. The publish and a 1.5 s
        // CLIENT PAUSE run in one MULTI, so b's read lands in the pause and times out after 500 ms
        // (RedisTimeoutException derives from TimeoutException, which IsCurrentEpochAsync once did not catch).
        await using var attacker =
            await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var forged = EnvelopeWriter.WriteMessage(0x0BAD_0BAD_0BAD_0BAD, 1, Bodies.One(app, id, "\"forged\""));
        var transaction = attacker.GetDatabase().CreateTransaction();
        _ = transaction.PublishAsync(RedisChannel.Literal(RedisNames.For(app).Channel), forged);
        _ = transaction.ExecuteAsync("CLIENT", "PAUSE", "1500", "ALL");
        Assert.True(await transaction.ExecuteAsync());

        await a.Get(id).RaiseAsync(Guid.NewGuid(), "after");
        var arrived = await ArrivesAsync(() => atB.Remote.Any(e => Equals(e.Param, "after")));
        var state = $"received {atB.Raised.Count}, missed {b.Statistics.MissedEvents}, "
            + $"dropped {b.Statistics.DroppedTotal}, connected {b.IsConnected}";
        var disposeFailure = await Record.ExceptionAsync(async () => await b.DisposeAsync());
        Assert.True(arrived, $"b stopped receiving after one forged message: {state}");
        Assert.Null(disposeFailure);
    }

    private static async Task<bool> ArrivesAsync(Func<bool> condition)
    {
        try
        {
            await Eventually.UntilAsync(condition, Deadline, () => "not yet");
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
