using Microsoft.Extensions.Logging;

namespace EventSystem.Runtime.Tests.Support;

/// <summary>
/// Starts nodes on the shared Redis, each test in an application of its own so tests run in parallel.
/// </summary>
internal static class TestNodes
{
    public static string NewApplication() => "test-" + Guid.NewGuid().ToString("N")[..12];

    public static Task<EventSystemNode> StartAsync(
        string redis,
        string application,
        string server,
        Action<EventSystemOptions>? configure = null,
        ILoggerFactory? logs = null)
    {
        var options = new EventSystemOptions
        {
            RedisConnectionString = redis,
            ApplicationName = application,
            ServerName = server,
            MissedEventWait = TimeSpan.FromMilliseconds(500),
            CounterCheckInterval = TimeSpan.FromMilliseconds(500),
        };
        configure?.Invoke(options);
        return EventSystemNode.StartAsync(options, logs);
    }
}
