namespace EventSystem.Testing;

/// <summary>Where the Redis that the tests share came from.</summary>
public enum RedisEndpointSource
{
    /// <summary>The connection string in the <c>EVENTSYSTEM_REDIS</c> environment variable.</summary>
    EnvironmentVariable,

    /// <summary>A private <c>redis-server</c> from PATH, started for this test process.</summary>
    LocalServer,

    /// <summary>A Redis container started through Testcontainers on a Docker engine.</summary>
    Container,
}
