namespace EventSystem.Runtime.Tests.Faults;

public sealed class StartupFailureTests
{
    [Fact]
    public async Task Starting_without_a_reachable_redis_names_the_endpoint_but_never_the_password()
    {
        var options = new EventSystemOptions
        {
            // Port 1 on loopback: nothing listens there, so the connection is refused at once.
            RedisConnectionString = "127.0.0.1:1,password=hunter2",
            ConnectTimeout = TimeSpan.FromSeconds(1),
        };

        var error = await Assert.ThrowsAsync<EventSystemUnavailableException>(
            () => EventSystemNode.StartAsync(options));

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("RedisConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }
}
