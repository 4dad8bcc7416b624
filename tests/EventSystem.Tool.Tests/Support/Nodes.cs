namespace EventSystem.Tool.Tests.Support;

/// <summary>Nodes on the shared Redis, one application per test so tests run in parallel.</summary>
internal static class Nodes
{
    public static string NewApplication() => "tool-" + Guid.NewGuid().ToString("N")[..12];

    public static Task<EventSystemNode> StartAsync(
        string redis, string application, string server, Action<EventSystemOptions>? configure = null)
    {
        var options = new EventSystemOptions
        {
            RedisConnectionString = redis,
            ApplicationName = application,
            ServerName = server,
        };
        configure?.Invoke(options);
        return EventSystemNode.StartAsync(options);
    }

    /// <summary>Reports presence and closes gaps within a fraction of a second, so status sees changes soon.</summary>
    public static Task<EventSystemNode> StartReportingOftenAsync(string redis, string application, string server) =>
        StartAsync(redis, application, server, options =>
        {
            options.CounterCheckInterval = TimeSpan.FromMilliseconds(200);
            options.MissedEventWait = TimeSpan.FromMilliseconds(300);
        });
}
