using System.Text.Json;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;
using EventSystem.Transport.Redis;
using StackExchange.Redis;

namespace EventSystem.Runtime.Tests.Integration;

public sealed class PresenceTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Each_node_keeps_a_presence_record_with_its_counts_and_removes_it_when_it_stops()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var raw = await RawRedisClient.ConnectAsync(redis, app);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var nodesKey = RedisNames.For(app).NodesKey;
        var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        await a.Get(Guid.NewGuid()).RaiseAsync(Guid.NewGuid(), "creates the counter");
        await raw.BurnNumbersAsync(2);

        JsonElement? presenceOfB = null;
        await Eventually.UntilAsync(async () =>
        {
            var fields = await connection.GetDatabase().HashGetAllAsync(nodesKey);
            var field = fields.SingleOrDefault(f => ((string)f.Name!).StartsWith("b/", StringComparison.Ordinal));
            presenceOfB = field.Value.IsNull ? null : JsonDocument.Parse((string)field.Value!).RootElement;
            return fields.Length == 2 && presenceOfB?.GetProperty("missedEvents").GetInt64() == 2;
        }, Deadline, () => $"presence of b: {presenceOfB}");
        Assert.Equal("b", presenceOfB!.Value.GetProperty("server").GetString());
        Assert.Equal(b.NodeId, presenceOfB.Value.GetProperty("nodeId").GetGuid());
        Assert.Equal(1, presenceOfB.Value.GetProperty("dropped").GetInt64()); // b never registered that event

        await a.DisposeAsync();
        var left = await connection.GetDatabase().HashKeysAsync(nodesKey);
        Assert.Equal([$"b/{b.NodeId:N}"], left.Select(k => (string)k!));
        Assert.True(await connection.GetDatabase().KeyTimeToLiveAsync(nodesKey) > TimeSpan.FromMinutes(50));
    }
}
