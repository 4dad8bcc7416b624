namespace EventSystem.Tool.Tests.Support;

/// <summary>Nodes on the shared Redis, one application per test so tests run in parallel.</summary>
internal static class Nodes
{
    public static string NewApplication() => "tool-" + Guid.NewGuid().ToString("N")[..12];

    public static Task<EventSystemNode> StartAsync(string redis, string application, string server) =>
        EventSystemNode.StartAsync(new EventSystemOptions
        {
            RedisConnectionString = redis,
            ApplicationName = application,
            ServerName = server,
        });
}
