using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Integration;

public sealed class DeliveryTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_broadcast_reaches_the_other_node_once_with_its_details()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "server-a");
        await using var b = await TestNodes.StartAsync(redis, app, "server-b");
        var id = Guid.NewGuid();
        var atA = new EventRecorder(a.Get(id));
        var atB = new EventRecorder(b.Get(id));
        var raiser = Guid.NewGuid();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await a.Get(id).RaiseAsync(raiser, "product-42");
        await Eventually.UntilAsync(() => atB.Raised.Count == 1, Deadline, () => $"B received {atB.Raised.Count}");

        var remote = Assert.Single(atB.Raised);
        Assert.False(remote.IsLocal);
        Assert.Equal(id, remote.EventId);
        Assert.Equal(raiser, remote.RaiserId);
        Assert.Equal("product-42", remote.Param);
        Assert.Equal("server-a", remote.ServerName);
        Assert.Equal(app, remote.ApplicationName);
        Assert.True(remote.SequenceNumber >= 1);
        Assert.InRange(remote.SentAt!.Value, before, DateTimeOffset.UtcNow.AddSeconds(1));

        // The raiser's own handlers ran once, locally; the echo from Redis is not delivered again.
        await Eventually.UntilAsync(() => a.Statistics.Sent == 1, Deadline, () => "A never counted the send");
        await b.Get(id).RaiseAsync(raiser, "sentinel");
        await Eventually.UntilAsync(() => atA.Remote.Any(), Deadline, () => "A never got the sentinel");
        Assert.Single(atA.Local);
        Assert.Equal("product-42", atA.Local.Single().Param);
        Assert.Null(atA.Local.Single().SequenceNumber);
        Assert.Equal(1, a.Get(id).SentCount);
        Assert.Equal(1, b.Get(id).ReceivedCount);
    }

    [Fact]
    public async Task RaiseLocally_stays_on_the_raising_server()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        var id = Guid.NewGuid();
        var atA = new EventRecorder(a.Get(id));
        var atB = new EventRecorder(b.Get(id));

        a.Get(id).Raise(Guid.NewGuid(), "local only", EventRaiseOption.RaiseLocally);
        a.Get(id).Raise(Guid.NewGuid(), "broadcast");

        // The broadcast was sent after the local raise: once it is in, the local one would have been too.
        await Eventually.UntilAsync(() => atB.Raised.Count >= 1, Deadline, () => "B never got the broadcast");
        Assert.Equal(["broadcast"], atB.Raised.Select(e => e.Param));
        Assert.Equal(["local only", "broadcast"], atA.Local.Select(e => e.Param));
        Assert.Equal(1, a.Statistics.Sent);
    }

    [Fact]
    public async Task Two_applications_on_one_redis_never_see_each_other()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var id = Guid.NewGuid();
        await using var shop = await TestNodes.StartAsync(redis, TestNodes.NewApplication(), "shop");
        await using var shopPeer = await TestNodes.StartAsync(redis, shop.ApplicationName, "shop-peer");
        await using var blog = await TestNodes.StartAsync(redis, TestNodes.NewApplication(), "blog");
        var atShopPeer = new EventRecorder(shopPeer.Get(id));
        var atBlog = new EventRecorder(blog.Get(id));

        await blog.Get(id).RaiseAsync(Guid.NewGuid(), "from blog");
        await shop.Get(id).RaiseAsync(Guid.NewGuid(), "from shop");

        await Eventually.UntilAsync(() => atShopPeer.Raised.Count == 1, Deadline, () => "shop peer got nothing");
        Assert.Equal("from shop", atShopPeer.Raised.Single().Param);
        Assert.Empty(atBlog.Remote);
        Assert.Equal(0, shopPeer.Statistics.DroppedTotal);
    }

    [Fact]
    public async Task An_event_nobody_here_registered_is_dropped_and_counted()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        var known = Guid.NewGuid();
        var atB = new EventRecorder(b.Get(known));

        await a.Get(Guid.NewGuid()).RaiseAsync(Guid.NewGuid(), "nobody listens");
        await a.Get(known).RaiseAsync(Guid.NewGuid(), "after");

        await Eventually.UntilAsync(() => atB.Raised.Count == 1, Deadline, () => "B never got the known event");
        Assert.Equal(1, b.Statistics.Dropped[DropReason.UnknownEvent]);
        Assert.Equal(0, b.Statistics.MissedEvents);
    }

    [Fact]
    public async Task A_handler_that_throws_or_blocks_stops_no_other_handler()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b", o => o.MaxConcurrentHandlers = 4);
        using var release = new ManualResetEventSlim();
        var id = Guid.NewGuid();
        var other = Guid.NewGuid();
        b.Get(id).Raised += (_, _) => throw new InvalidOperationException("handler bug");
        var blocked = 0;
        b.Get(id).Raised += (_, _) =>
        {
            // The first call blocks its worker; the other workers must carry on meanwhile.
            if (Interlocked.Increment(ref blocked) == 1)
            {
                release.Wait(TimeSpan.FromSeconds(20));
            }
        };
        var good = new EventRecorder(b.Get(id));
        var otherEvent = new EventRecorder(b.Get(other));

        for (var i = 0; i < 5; i++)
        {
            await a.Get(id).RaiseAsync(Guid.NewGuid(), $"n{i}");
            await a.Get(other).RaiseAsync(Guid.NewGuid(), $"o{i}");
        }

        try
        {
            await Eventually.UntilAsync(() => good.Raised.Count == 5 && otherEvent.Raised.Count == 5, Deadline,
                () => $"good handler {good.Raised.Count}/5, other event {otherEvent.Raised.Count}/5");
            await Eventually.UntilAsync(() => b.Statistics.HandlerFailures == 5, Deadline,
                () => $"failures counted: {b.Statistics.HandlerFailures}");
            Assert.False(release.IsSet);
        }
        finally
        {
            release.Set();
        }
    }
}
