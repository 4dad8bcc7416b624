using StackExchange.Redis;

namespace EventSystem.Testing;

/// <summary>
/// Decides which Redis the tests use, in order: the configured connection string, a private redis-server,
/// a Docker container; else it explains how to get one. It owns what it started until disposed.
/// </summary>
internal sealed class RedisLocator(
    string? configuredConnectionString,
    string? redisServerPath,
    Func<Task<StartedContainer?>> startContainer) : IAsyncDisposable
{
    private RedisServerProcess? server;
    private StartedContainer? container;

    /// <summary>A locator that reads the real environment, PATH and Docker engine.</summary>
    public static RedisLocator FromEnvironment() => new(
        Environment.GetEnvironmentVariable(RedisHowTo.EnvironmentVariable),
        RedisExecutables.FindServer(),
        RedisContainerStarter.TryStartAsync);

    /// <summary>How long the configured Redis gets to answer before it counts as unreachable.</summary>
    public TimeSpan ConfiguredRedisConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public async Task<RedisEndpoint> LocateAsync()
    {
        if (!string.IsNullOrWhiteSpace(configuredConnectionString))
        {
            await EnsureConfiguredRedisAnswersAsync(configuredConnectionString);
            return new RedisEndpoint(configuredConnectionString, RedisEndpointSource.EnvironmentVariable);
        }

        if (redisServerPath is not null)
        {
            server = await RedisServerProcess.StartAsync(redisServerPath);
            return new RedisEndpoint(server.ConnectionString, RedisEndpointSource.LocalServer);
        }

        container = await startContainer();
        if (container is not null)
        {
            return new RedisEndpoint(container.ConnectionString, RedisEndpointSource.Container);
        }

        throw new InvalidOperationException(RedisHowTo.Message);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (container is not null)
        {
            await container.Owner.DisposeAsync();
        }
    }

    private async Task EnsureConfiguredRedisAnswersAsync(string connectionString)
    {
        try
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = true;
            options.ConnectTimeout = (int)ConfiguredRedisConnectTimeout.TotalMilliseconds;
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
            await connection.GetDatabase().PingAsync();
        }
        catch (Exception ex) when (ex is RedisException or ArgumentException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"{RedisHowTo.EnvironmentVariable} is set to '{connectionString}', but no Redis answered PING " +
                $"there ({ex.Message}). Fix or unset {RedisHowTo.EnvironmentVariable}; when it is unset the tests " +
                "start their own redis-server from PATH.",
                ex);
        }
    }
}
