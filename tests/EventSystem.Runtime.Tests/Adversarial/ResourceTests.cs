using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Adversarial;

/// <summary>What a node leaves behind on Redis and in the process after it is disposed.</summary>
public sealed class ResourceTests
{
    [Fact]
    public async Task Dispose_closes_every_connection_and_twice_is_harmless()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        var node = await TestNodes.StartAsync(redis.ConnectionString, app, "leaky");
        await node.Get(Guid.NewGuid()).RaiseAsync(Guid.NewGuid(), "x");
        Assert.Contains("leaky", await redis.CliAsync("CLIENT", "LIST"), StringComparison.Ordinal);

        await node.DisposeAsync();
        await node.DisposeAsync();

        await Eventually.UntilAsync(async () => !(await redis.CliAsync("CLIENT", "LIST")).Contains("leaky",
            StringComparison.Ordinal), TimeSpan.FromSeconds(5), () => "a connection of the node is still open");
        Assert.Throws<ObjectDisposedException>(() => node.Get(Guid.NewGuid()).Raise(Guid.NewGuid(), "x"));
        var restart = await Assert.ThrowsAsync<ObjectDisposedException>(() => node.StartAsync());
        Assert.Contains("create a new one", restart.Message, StringComparison.Ordinal);
    }
}
