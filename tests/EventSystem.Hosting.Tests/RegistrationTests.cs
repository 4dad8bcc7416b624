using EventSystem.Hosting.Tests.Support;
using EventSystem.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EventSystem.Hosting.Tests;

public sealed class RegistrationTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EventSystem:RedisConnectionString"] = "127.0.0.1:1",
            ["EventSystem:ApplicationName"] = "shop",
            ["EventSystem:ServerName"] = "web-7",
            ["EventSystem:MissedEventWait"] = "00:00:02.5",
            ["EventSystem:CounterCheckInterval"] = "00:00:09",
            ["EventSystem:RaiseTimeout"] = "00:00:03",
            ["EventSystem:ConnectTimeout"] = "00:00:04",
            ["EventSystem:ShutdownTimeout"] = "00:00:11",
            ["EventSystem:MaxPayloadBytes"] = "1000",
            ["EventSystem:MaxConcurrentHandlers"] = "3",
            ["EventSystem:MaxQueuedHandlerCalls"] = "50",
            ["EventSystem:MaxHeldOutOfOrder"] = "60",
        }).Build();
        var services = new ServiceCollection();
        services.AddEventSystem(configuration.GetSection("EventSystem"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<EventSystemOptions>>().Value;

        Assert.Equal("127.0.0.1:1", options.RedisConnectionString);
        Assert.Equal("shop", options.ApplicationName);
        Assert.Equal("web-7", options.ServerName);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.MissedEventWait);
        Assert.Equal(TimeSpan.FromSeconds(9), options.CounterCheckInterval);
        Assert.Equal(TimeSpan.FromSeconds(3), options.RaiseTimeout);
        Assert.Equal(TimeSpan.FromSeconds(4), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(11), options.ShutdownTimeout);
        Assert.Equal(1000, options.MaxPayloadBytes);
        Assert.Equal(3, options.MaxConcurrentHandlers);
        Assert.Equal(50, options.MaxQueuedHandlerCalls);
        Assert.Equal(60, options.MaxHeldOutOfOrder);
    }

    [Fact]
    public async Task A_bad_setting_stops_the_host_at_start_with_a_message_that_names_it()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EventSystem:ApplicationName"] = "shop",
            ["EventSystem:MissedEventWait"] = "00:00:00",
        });
        builder.Services.AddEventSystem(builder.Configuration.GetSection("EventSystem"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MissedEventWait", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_that_does_not_convert_stops_the_host_at_start_with_its_configuration_path()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EventSystem:RaiseTimeout"] = "soon",
        });
        builder.Services.AddEventSystem(builder.Configuration.GetSection("EventSystem"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("EventSystem:RaiseTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_the_application_registered_is_used_and_left_open()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var application = HostedNodes.NewApplication();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        using var host = HostedNodes.Build(null, application, "a",
            services => services.AddSingleton<IConnectionMultiplexer>(connection),
            options => options.RedisConnectionString = null);
        var received = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var id = Guid.NewGuid();
        host.Services.GetRequiredService<IEventRegistry>().Get(id).Raised += (_, e) => received.TrySetResult(e.Param);
        await host.StartAsync();
        await using var peer = await HostedNodes.StartPeerAsync(redis, application, "peer");

        await peer.Get(id).RaiseAsync(Guid.NewGuid(), "over the shared connection");

        Assert.Equal("over the shared connection", await received.Task.WaitAsync(Deadline));
        Assert.True(host.Services.GetRequiredService<EventSystemNode>().IsDistributed);
        await host.StopAsync();
        Assert.True(connection.IsConnected, "the node closed a connection it did not open");
    }
}
