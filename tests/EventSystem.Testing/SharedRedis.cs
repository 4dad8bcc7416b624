namespace EventSystem.Testing;

/// <summary>
/// The one Redis that all tests of a test process share, found or started on first use. The order is:
/// the <c>EVENTSYSTEM_REDIS</c> connection string; else a private redis-server from PATH, killed when the
/// process exits; else a Testcontainers Redis when a Docker engine answers; else an exception that says how to
/// get Redis. Tests isolate themselves on it with unique application names.
/// </summary>
public static class SharedRedis
{
    private static readonly Lazy<Task<RedisEndpoint>> Endpoint =
        new(LocateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared Redis; every call returns the same endpoint.</summary>
    /// <exception cref="InvalidOperationException">No Redis was found or started; the message says why.</exception>
    public static Task<RedisEndpoint> GetAsync() => Endpoint.Value;

    private static async Task<RedisEndpoint> LocateAsync()
    {
        var locator = RedisLocator.FromEnvironment();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => locator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return await locator.LocateAsync();
    }
}
