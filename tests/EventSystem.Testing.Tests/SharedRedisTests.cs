using StackExchange.Redis;

namespace EventSystem.Testing.Tests;

public class SharedRedisTests
{
    [Fact]
    public async Task Shared_redis_answers_ping()
    {
        var endpoint = await SharedRedis.GetAsync();

        await using var connection = await ConnectionMultiplexer.ConnectAsync(endpoint.ConnectionString);
        var roundTrip = await connection.GetDatabase().PingAsync();

        Assert.True(roundTrip < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Concurrent_callers_all_get_the_same_endpoint()
    {
        var endpoints = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(SharedRedis.GetAsync)));

        Assert.All(endpoints, endpoint => Assert.Same(endpoints[0], endpoint));
        Assert.Same(endpoints[0], await SharedRedis.GetAsync());
    }
}
