using DotNet.Testcontainers.Builders;
using Testcontainers.Redis;

namespace EventSystem.Testing;

/// <summary>Starts a Redis container when a Docker engine answers.</summary>
internal static class RedisContainerStarter
{
    // The same major version that Debian's redis-server gives the other two ways of finding Redis.
    private const string Image = "redis:7.0";

    /// <summary>The started container, or null when no Docker engine answers.</summary>
    public static async Task<StartedContainer?> TryStartAsync()
    {
        RedisContainer? container = null;
        try
        {
            container = new RedisBuilder(Image).Build();
            await container.StartAsync();
            return new StartedContainer(container.GetConnectionString(), container);
        }
        catch (DockerUnavailableException)
        {
            if (container is not null)
            {
                await container.DisposeAsync();
            }

            return null;
        }
    }
}
