using EventSystem.Testing;

namespace EventSystem.Generators.EndToEndTests;

public sealed class GeneratedEventOverRedisTests
{
    [Fact]
    public async Task Generated_event_with_record_argument_reaches_the_other_node()
    {
        var application = $"gen-e2e-{Guid.NewGuid():N}";
        await using var sender = await StartAsync(application, "sender");
        await using var receiver = await StartAsync(application, "receiver");
        var delivered = new TaskCompletionSource<(ShipmentArgs Args, EventNotificationEventArgs Details)>(
            TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = OrderShipped.Subscribe(
            receiver, (args, details) => delivered.TrySetResult((args, details)));
        var sent = new ShipmentArgs(17, "DHL", ["p-1", "p-2"], new DateTimeOffset(2025, 5, 1, 12, 0, 0, TimeSpan.Zero));

        await OrderShipped.RaiseAsync(sender, sent);

        var (args, details) = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(sent.OrderId, args.OrderId);
        Assert.Equal(sent.Carrier, args.Carrier);
        Assert.Equal(sent.Parcels, args.Parcels);
        Assert.Equal(sent.ShippedAt, args.ShippedAt);
        Assert.False(details.IsLocal);
        Assert.Equal("sender", details.ServerName);
        Assert.Equal(OrderShipped.RaiserId, details.RaiserId);
        Assert.NotNull(details.SequenceNumber);
    }

    [Fact]
    public async Task Disposed_async_subscription_stops_receiving()
    {
        var application = $"gen-e2e-{Guid.NewGuid():N}";
        await using var sender = await StartAsync(application, "sender");
        await using var receiver = await StartAsync(application, "receiver");
        var calls = 0;
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = OrderShipped.Subscribe(receiver, async (_, _) =>
        {
            await Task.Yield();
            Interlocked.Increment(ref calls);
            first.TrySetResult();
        });
        var witness = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var other = OrderShipped.Subscribe(receiver, (args, _) =>
        {
            if (args.OrderId == 2)
            {
                witness.TrySetResult();
            }
        });

        await OrderShipped.RaiseAsync(sender, new ShipmentArgs(1, "UPS", [], DateTimeOffset.UnixEpoch));
        await first.Task.WaitAsync(TimeSpan.FromSeconds(10));
        subscription.Dispose();
        await OrderShipped.RaiseAsync(sender, new ShipmentArgs(2, "UPS", [], DateTimeOffset.UnixEpoch));
        await witness.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, Volatile.Read(ref calls));
    }

    private static async Task<EventSystemNode> StartAsync(string application, string server) =>
        await EventSystemNode.StartAsync(new EventSystemOptions
        {
            RedisConnectionString = (await SharedRedis.GetAsync()).ConnectionString,
            ApplicationName = application,
            ServerName = server,
        });
}
