using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Telemetry;

public sealed class MetricsTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Raises_deliveries_and_handler_calls_are_counted_per_node()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        using var metrics = new MetricRecorder(app);
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        var id = Guid.NewGuid();
        a.Get(id).Raised += (_, _) => { };
        b.Get(id).Raised += (_, e) =>
        {
            if (Equals(e.Param, "boom"))
            {
                throw new InvalidOperationException("handler failure on purpose");
            }
        };

        for (var i = 0; i < 20; i++)
        {
            await a.Get(id).RaiseAsync(Guid.NewGuid(), i == 7 ? "boom" : $"item-{i}");
        }

        a.Get(id).Raise(Guid.NewGuid(), "blocking raise");
        await Eventually.UntilAsync(
            () => metrics.Of("messaging.process.duration", ("messaging.client.id", "b")).Count == 21, Deadline,
            () => $"B timed {metrics.Of("messaging.process.duration", ("messaging.client.id", "b")).Count} calls");

        var atA = ("messaging.client.id", (object?)"a");
        var atB = ("messaging.client.id", (object?)"b");
        Assert.Equal(21, metrics.Sum("messaging.client.sent.messages", atA));
        Assert.Equal(0, metrics.Sum("messaging.client.sent.messages", atB));
        Assert.All(metrics.Of("messaging.client.sent.messages"), m =>
        {
            Assert.Equal("redis", m.Tags["messaging.system"]);
            Assert.Equal($"eventsystem:{{{app}}}:events", m.Tags["messaging.destination.name"]);
            Assert.Equal("publish", m.Tags["messaging.operation.name"]);
            Assert.False(m.Tags.ContainsKey("error.type"));
        });
        var publishes = metrics.Of("messaging.client.operation.duration", atA);
        Assert.InRange(publishes.Count, 1, 21);
        Assert.All(publishes, p => Assert.InRange(p.Value, 0, Deadline.TotalSeconds));

        Assert.Equal(21, metrics.Sum("messaging.client.consumed.messages", atB));
        Assert.Equal(0, metrics.Sum("messaging.client.consumed.messages", atA));
        Assert.Equal(21, metrics.Sum("eventsystem.handler.calls", atB, ("eventsystem.origin", "remote")));
        Assert.Equal(21, metrics.Sum("eventsystem.handler.calls", atA, ("eventsystem.origin", "local")));
        Assert.Equal(0, metrics.Sum("eventsystem.handler.calls", atA, ("eventsystem.origin", "remote")));

        var failure = Assert.Single(metrics.Of("eventsystem.handler.failures"));
        Assert.Equal("b", failure.Tags["messaging.client.id"]);
        Assert.Equal(typeof(InvalidOperationException).FullName, failure.Tags["error.type"]);
        Assert.Single(metrics.Of("messaging.process.duration", atB, ("error.type", failure.Tags["error.type"])));

        var latencies = metrics.Of("eventsystem.delivery.latency", atB);
        Assert.Equal(21, latencies.Count);
        Assert.All(latencies, l => Assert.InRange(l.Value, 0, Deadline.TotalSeconds));
        Assert.Empty(metrics.Of("eventsystem.delivery.latency", atA));

        // The meter is in addition to the statistics, and agrees with them.
        Assert.Equal(a.Statistics.Sent, metrics.Sum("messaging.client.sent.messages", atA));
        Assert.Equal(b.Statistics.Received, metrics.Sum("messaging.client.consumed.messages", atB));
        Assert.Equal(b.Statistics.HandlerFailures, metrics.Sum("eventsystem.handler.failures", atB));
    }

    [Fact]
    public async Task Held_missed_and_dropped_messages_are_measured()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        using var metrics = new MetricRecorder(app);
        await using var node = await TestNodes.StartAsync(redis, app, "receiver", o =>
        {
            o.MissedEventWait = TimeSpan.FromSeconds(3);
            o.CounterCheckInterval = TimeSpan.FromMinutes(1);
        });
        await using var raw = await RawRedisClient.ConnectAsync(redis, app);
        var id = Guid.NewGuid();
        var recorder = new EventRecorder(node.Get(id));
        await node.Get(id).RaiseAsync(Guid.NewGuid(), "creates the counter");

        await raw.BurnNumbersAsync(1);
        await raw.PublishAsync(await raw.StampAsync(Bodies.One(app, id, "\"after the gap\"")));
        await Eventually.UntilAsync(() => HeldNow(metrics) == 1, Deadline, () => $"held {HeldNow(metrics)}");

        await Eventually.UntilAsync(() => metrics.Sum("eventsystem.missed.messages") == 1, Deadline,
            () => $"missed {metrics.Sum("eventsystem.missed.messages")}");
        await Eventually.UntilAsync(() => recorder.Remote.Any(), Deadline, () => "the held event never came out");
        Assert.Equal(0, HeldNow(metrics));

        await raw.PublishAsync("not an envelope"u8.ToArray());
        await raw.PublishAsync("still not one"u8.ToArray());
        await Eventually.UntilAsync(() => metrics.Sum("eventsystem.dropped.messages") == 2, Deadline,
            () => $"dropped {metrics.Sum("eventsystem.dropped.messages")}");
        Assert.All(metrics.Of("eventsystem.dropped.messages"),
            d => Assert.Equal("malformed", d.Tags["eventsystem.drop.reason"]));
        Assert.Equal(node.Statistics.DroppedTotal, metrics.Sum("eventsystem.dropped.messages"));
        Assert.Equal(node.Statistics.MissedEvents, metrics.Sum("eventsystem.missed.messages"));
    }

    [Fact]
    public async Task A_stopped_node_is_no_longer_observed()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        using var metrics = new MetricRecorder(app);
        var node = await TestNodes.StartAsync(redis, app, "short-lived");
        metrics.Observe();
        Assert.Single(metrics.Of("eventsystem.held.messages"));

        await node.DisposeAsync();
        metrics.Observe();
        Assert.Single(metrics.Of("eventsystem.held.messages"));
    }

    private static double HeldNow(MetricRecorder metrics)
    {
        var before = metrics.Of("eventsystem.held.messages").Count;
        metrics.Observe();
        return metrics.Of("eventsystem.held.messages").Skip(before).Sum(m => m.Value);
    }
}
