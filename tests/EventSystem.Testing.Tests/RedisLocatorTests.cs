using System.Globalization;

namespace EventSystem.Testing.Tests;

public class RedisLocatorTests
{
    private const string MissingServerPath = "/nonexistent/redis-server";

    [Fact]
    public async Task Configured_connection_string_wins_over_local_server_and_docker()
    {
        await using var configured = await RedisServerProcess.StartAsync();
        await using var locator =
            new RedisLocator(configured.ConnectionString, MissingServerPath, DockerMustNotBeAsked);

        var endpoint = await locator.LocateAsync();

        Assert.Equal(new RedisEndpoint(configured.ConnectionString, RedisEndpointSource.EnvironmentVariable), endpoint);
    }

    [Fact]
    public async Task Local_server_is_started_when_nothing_is_configured_and_killed_on_dispose()
    {
        var locator = new RedisLocator(null, RedisExecutables.FindServer(), DockerMustNotBeAsked);

        var endpoint = await locator.LocateAsync();
        var port = int.Parse(endpoint.ConnectionString.Split(':')[1], CultureInfo.InvariantCulture);

        Assert.Equal(RedisEndpointSource.LocalServer, endpoint.Source);
        Assert.True(await RedisPing.AnswersAsync(port, TimeSpan.FromSeconds(5)));
        await locator.DisposeAsync();
        Assert.False(await RedisPing.AnswersAsync(port, TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Blank_configured_value_counts_as_unset(string blank)
    {
        await using var locator = new RedisLocator(blank, RedisExecutables.FindServer(), DockerMustNotBeAsked);

        var endpoint = await locator.LocateAsync();

        Assert.Equal(RedisEndpointSource.LocalServer, endpoint.Source);
    }

    [Fact]
    public async Task Docker_is_tried_when_no_redis_server_is_on_path_and_released_on_dispose()
    {
        var owner = new DisposalRecorder();
        var locator = new RedisLocator(
            null, null, () => Task.FromResult<StartedContainer?>(new StartedContainer("container:6379", owner)));

        var endpoint = await locator.LocateAsync();
        await locator.DisposeAsync();

        Assert.Equal(new RedisEndpoint("container:6379", RedisEndpointSource.Container), endpoint);
        Assert.True(owner.Disposed);
    }

    [Fact]
    public async Task Without_redis_server_or_docker_the_message_says_how_to_get_redis()
    {
        await using var locator = new RedisLocator(null, null, () => Task.FromResult<StartedContainer?>(null));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(locator.LocateAsync);

        Assert.Contains("sudo apt-get install -y redis-server", error.Message, StringComparison.Ordinal);
        Assert.Contains("EVENTSYSTEM_REDIS=host:port", error.Message, StringComparison.Ordinal);
        Assert.Contains("Docker engine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_configured_redis_names_the_variable_and_its_value()
    {
        var nobodyListens = $"127.0.0.1:{LocalPorts.GetFree()}";
        await using var locator = new RedisLocator(nobodyListens, RedisExecutables.FindServer(), DockerMustNotBeAsked)
        {
            ConfiguredRedisConnectTimeout = TimeSpan.FromSeconds(1),
        };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(locator.LocateAsync);

        Assert.Contains("EVENTSYSTEM_REDIS", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{nobodyListens}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unparseable_configured_connection_string_names_the_variable_and_its_value()
    {
        await using var locator = new RedisLocator("nonsense=1", MissingServerPath, DockerMustNotBeAsked);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(locator.LocateAsync);

        Assert.Contains("EVENTSYSTEM_REDIS is set to 'nonsense=1'", error.Message, StringComparison.Ordinal);
    }

    private static Task<StartedContainer?> DockerMustNotBeAsked() =>
        throw new InvalidOperationException("Docker was asked although an earlier source should have been used.");

    private sealed class DisposalRecorder : IAsyncDisposable
    {
        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
