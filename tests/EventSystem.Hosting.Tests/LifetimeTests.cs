using System.Diagnostics;
using EventSystem.Hosting.Tests.Support;
using EventSystem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventSystem.Hosting.Tests;

[Collection(DefaultNodeGroup.Name)]
public sealed class LifetimeTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Starting_the_host_starts_the_node_and_makes_it_the_default_and_stopping_clears_it()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        using var host = HostedNodes.Build(redis, HostedNodes.NewApplication(), "a");
        var node = host.Services.GetRequiredService<EventSystemNode>();
        Assert.False(node.IsStarted);

        await host.StartAsync();

        Assert.Same(node, host.Services.GetRequiredService<IEventRegistry>());
        Assert.True(node.IsStarted);
        Assert.True(node.IsSubscribed);
        Assert.Same(node, EventSystemNode.Default);
        await host.StopAsync();
        Assert.False(node.IsStarted);
        Assert.Null(EventSystemNode.Default);
    }

    [Fact]
    public async Task A_raise_by_another_server_right_after_start_is_received()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var application = HostedNodes.NewApplication();
        await using var peer = await HostedNodes.StartPeerAsync(redis, application, "peer");
        var id = Guid.NewGuid();
        using var host = HostedNodes.Build(redis, application, "a");
        var received = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<IEventRegistry>().Get(id).Raised += (_, e) => received.TrySetResult(e.Param);

        await host.StartAsync();
        await peer.Get(id).RaiseAsync(Guid.NewGuid(), "first thing");

        Assert.Equal("first thing", await received.Task.WaitAsync(Deadline));
        Assert.Equal(0, host.Services.GetRequiredService<EventSystemNode>().Statistics.MissedEvents);
        await host.StopAsync();
    }

    [Fact]
    public async Task Stopping_lets_a_running_handler_finish_and_refuses_new_raises()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var application = HostedNodes.NewApplication();
        var gate = new Gate();
        var id = Guid.NewGuid();
        using var host = HostedNodes.Build(redis, application, "a", services => services
            .AddSingleton(gate)
            .AddEventSubscriber<GatedSubscriber, string>(id, TestJsonContext.Default.String));
        await host.StartAsync();
        await using var peer = await HostedNodes.StartPeerAsync(redis, application, "peer");
        await peer.Get(id).RaiseAsync(Guid.NewGuid(), "slow");
        await gate.Entered.Task.WaitAsync(Deadline);
        var registry = host.Services.GetRequiredService<IEventRegistry>();

        var stopping = host.StopAsync();
        await Eventually.UntilAsync(() => !((EventSystemNode)registry).IsStarted, Deadline, () => "still started");
        Assert.False(stopping.IsCompleted, "stopping did not wait for the running handler");
        await Assert.ThrowsAsync<ObjectDisposedException>(() => registry.Get(id).RaiseAsync(Guid.NewGuid(), "late"));
        gate.Release.TrySetResult();
        await stopping.WaitAsync(Deadline);

        Assert.Equal("finished", await gate.Outcome.Task.WaitAsync(Deadline));
    }

    [Fact]
    public async Task A_handler_still_running_at_the_shutdown_timeout_is_cancelled_and_left_behind()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var application = HostedNodes.NewApplication();
        var gate = new Gate();
        var id = Guid.NewGuid();
        using var host = HostedNodes.Build(redis, application, "a",
            services => services.AddSingleton(gate)
                .AddEventSubscriber<GatedSubscriber, string>(id, TestJsonContext.Default.String),
            options => options.ShutdownTimeout = TimeSpan.FromMilliseconds(500));
        await host.StartAsync();
        await using var peer = await HostedNodes.StartPeerAsync(redis, application, "peer");
        await peer.Get(id).RaiseAsync(Guid.NewGuid(), "never released");
        await gate.Entered.Task.WaitAsync(Deadline);

        var clock = Stopwatch.StartNew();
        await host.StopAsync().WaitAsync(Deadline);

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5));
        Assert.Equal("cancelled", await gate.Outcome.Task.WaitAsync(Deadline));
    }
}
