namespace EventSystem.Transport.Redis;

/// <summary>
/// The Redis key and channel of one application. Both carry the application in a hash tag, so that on a Redis
/// Cluster they land in one slot (ready for sharded channels).
/// </summary>
internal sealed record RedisNames(string CounterKey, string Channel, string NodesKey)
{
    public static RedisNames For(string applicationName) => new(
        $"eventsystem:{{{applicationName}}}:counter",
        $"eventsystem:{{{applicationName}}}:events",
        $"eventsystem:{{{applicationName}}}:nodes");
}
