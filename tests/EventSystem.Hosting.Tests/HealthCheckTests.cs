using EventSystem.Hosting.Tests.Support;
using EventSystem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace EventSystem.Hosting.Tests;

public sealed class HealthCheckTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Unhealthy_while_redis_is_down_and_healthy_again_after_it_restarts()
    {
        // Fault: the test's own redis-server is killed with SIGKILL, then started again on the same port.
        await using var redis = await RedisServerProcess.StartAsync();
        using var host = HostedNodes.Build(redis.ConnectionString, HostedNodes.NewApplication(), "a",
            services => services.AddHealthChecks().AddEventSystem());
        var health = host.Services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status);
        await host.StartAsync();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        await redis.KillAsync();

        await Eventually.UntilAsync(async () => (await health.CheckHealthAsync()).Status == HealthStatus.Unhealthy,
            Deadline, () => "still healthy with Redis killed");
        var down = (await health.CheckHealthAsync()).Entries["eventsystem"];
        Assert.True(down.Description is "Redis is unreachable." or "The Redis subscription is down.", down.Description);

        await redis.RestartAsync();

        await Eventually.UntilAsync(async () => (await health.CheckHealthAsync()).Status == HealthStatus.Healthy,
            Deadline, () => $"not healthy after the restart: {Describe(health)}");
        await host.StopAsync();
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task Degraded_for_the_configured_while_after_events_were_missed()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var application = HostedNodes.NewApplication();
        using var host = HostedNodes.Build(redis, application, "a",
            services => services.AddHealthChecks().AddEventSystem(degradedAfterMissed: TimeSpan.FromSeconds(2)),
            options => options.CounterCheckInterval = TimeSpan.FromMilliseconds(200));
        var health = host.Services.GetRequiredService<HealthCheckService>();
        await host.StartAsync();
        await using var peer = await HostedNodes.StartPeerAsync(redis, application, "peer");
        await peer.Get(Guid.NewGuid()).RaiseAsync(Guid.NewGuid(), "creates the counter");
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        // Fault: two numbers taken from the counter whose messages no server ever receives.
        await using (var raw = await ConnectionMultiplexer.ConnectAsync(redis))
        {
            await raw.GetDatabase().HashIncrementAsync($"eventsystem:{{{application}}}:counter", "seq", 2);
        }

        await Eventually.UntilAsync(async () => (await health.CheckHealthAsync()).Status == HealthStatus.Degraded,
            Deadline, () => $"not degraded: {Describe(health)}");
        var node = host.Services.GetRequiredService<EventSystemNode>();
        Assert.Equal(2, node.Statistics.MissedEvents);
        Assert.NotNull(node.LastMissedAt);
        await Eventually.UntilAsync(async () => (await health.CheckHealthAsync()).Status == HealthStatus.Healthy,
            Deadline, () => $"still not healthy: {Describe(health)}");
        await host.StopAsync();
    }

    private static string Describe(HealthCheckService health)
    {
        var report = health.CheckHealthAsync().GetAwaiter().GetResult();
        return string.Join("; ", report.Entries.Select(e => $"{e.Key}: {e.Value.Status} {e.Value.Description}"));
    }
}
