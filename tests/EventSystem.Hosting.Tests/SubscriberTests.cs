using EventSystem.Hosting.Tests.Support;
using EventSystem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventSystem.Hosting.Tests;

/// <summary>DeliveryScope counts are process-wide, so these tests run alone.</summary>
[Collection(DefaultNodeGroup.Name)]
public sealed class SubscriberTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Each_delivery_gets_its_own_scope_whose_services_are_disposed_after_it()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var application = HostedNodes.NewApplication();
        var log = new ScopedSubscriber.Log();
        var id = Guid.NewGuid();
        using var host = HostedNodes.Build(redis, application, "a", services => services
            .AddSingleton(log)
            .AddScoped<DeliveryScope>()
            .AddEventSubscriber<ScopedSubscriber, string>(id, TestJsonContext.Default.String));
        await host.StartAsync();
        await using var peer = await HostedNodes.StartPeerAsync(redis, application, "peer");
        var disposedBefore = DeliveryScope.Disposed;

        for (var i = 0; i < 3; i++)
        {
            await peer.Get(id).RaiseAsync(Guid.NewGuid(), $"remote-{i}");
        }

        await host.Services.GetRequiredService<IEventRegistry>().Get(id).RaiseAsync(Guid.NewGuid(), "local");
        await Eventually.UntilAsync(() => log.Deliveries.Count == 4, Deadline, () => $"{log.Deliveries.Count}/4");
        await Eventually.UntilAsync(() => DeliveryScope.Disposed - disposedBefore == 4, Deadline,
            () => $"{DeliveryScope.Disposed - disposedBefore}/4 scoped services disposed");
        var deliveries = log.Deliveries.ToArray();
        Assert.Equal(4, deliveries.Select(d => d.Scope.Id).Distinct().Count());
        Assert.All(deliveries, d => Assert.True(d.Scope.IsDisposed));
        Assert.Equal(["local", "remote-0", "remote-1", "remote-2"], deliveries.Select(d => d.Args).Order());
        Assert.Single(deliveries, d => d.IsLocal);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_subscriber_that_throws_is_counted_and_the_next_delivery_still_arrives()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var application = HostedNodes.NewApplication();
        var log = new ScopedSubscriber.Log();
        var id = Guid.NewGuid();
        using var host = HostedNodes.Build(redis, application, "a", services => services
            .AddSingleton(log)
            .AddScoped<DeliveryScope>()
            .AddEventSubscriber<ScopedSubscriber, string>(id, TestJsonContext.Default.String));
        await host.StartAsync();
        await using var peer = await HostedNodes.StartPeerAsync(redis, application, "peer");

        await peer.Get(id).RaiseAsync(Guid.NewGuid(), "boom");
        await peer.Get(id).RaiseAsync(Guid.NewGuid(), "after the failure");

        await Eventually.UntilAsync(() => log.Deliveries.Any(d => d.Args == "after the failure"), Deadline,
            () => "the second delivery did not arrive");
        var node = host.Services.GetRequiredService<EventSystemNode>();
        Assert.Equal(1, node.Statistics.HandlerFailures);
        Assert.Equal(2, node.Statistics.Received);
        await host.StopAsync();
    }
}
