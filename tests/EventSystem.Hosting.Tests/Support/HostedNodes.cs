using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventSystem.Hosting.Tests.Support;

/// <summary>Builds real Generic Hosts that run the event system, each on a fresh application name.</summary>
internal static class HostedNodes
{
    public static string NewApplication() => $"hosting-{Guid.NewGuid():N}";

    /// <summary>A host with AddEventSystem configured by <paramref name="configure"/> and extra services.</summary>
    public static IHost Build(
        string? redis, string application, string server, Action<IServiceCollection>? services = null,
        Action<EventSystemOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddEventSystem(options =>
        {
            options.RedisConnectionString = redis;
            options.ApplicationName = application;
            options.ServerName = server;
            options.MissedEventWait = TimeSpan.FromMilliseconds(300);
            configure?.Invoke(options);
        });
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>A plain node, outside any host, that plays another server of the farm.</summary>
    public static Task<EventSystemNode> StartPeerAsync(string redis, string application, string server) =>
        EventSystemNode.StartAsync(new EventSystemOptions
        {
            RedisConnectionString = redis,
            ApplicationName = application,
            ServerName = server,
        });
}
