using System.Buffers.Binary;
using EventSystem.Transport.Redis;
using EventSystem.Wire;
using StackExchange.Redis;

namespace EventSystem.Runtime.Tests.Support;

/// <summary>
/// A client that is not an EventSystem node: it publishes whatever a test hands it on an application's channel.
/// </summary>
internal sealed class RawRedisClient : IAsyncDisposable
{
    private readonly ConnectionMultiplexer connection;
    private readonly RedisNames names;

    private RawRedisClient(ConnectionMultiplexer connection, string application)
    {
        this.connection = connection;
        names = RedisNames.For(application);
    }

    public static async Task<RawRedisClient> ConnectAsync(string redis, string application) =>
        new(await ConnectionMultiplexer.ConnectAsync(redis + ",allowAdmin=true"), application);

    public Task PublishAsync(byte[] message) =>
        connection.GetSubscriber().PublishAsync(RedisChannel.Literal(names.Channel), message);

    /// <summary>
    /// Takes a real number from the application's counter, as a raise would, and returns the full message.
    /// </summary>
    public async Task<byte[]> StampAsync(byte[] body)
    {
        var db = connection.GetDatabase();
        var last = await db.HashIncrementAsync(names.CounterKey, RaiseScript.SequenceField);
        return EnvelopeWriter.WriteMessage(await EpochAsync(), last, body);
    }

    public async Task<long> EpochAsync()
    {
        var epoch = (byte[]?)await connection.GetDatabase().HashGetAsync(names.CounterKey, RaiseScript.EpochField);
        return BinaryPrimitives.ReadInt64BigEndian(epoch ?? throw new InvalidOperationException("No counter yet."));
    }

    /// <summary>Advances the counter as if events had been published that no subscriber ever saw.</summary>
    public Task BurnNumbersAsync(int count) =>
        connection.GetDatabase().HashIncrementAsync(names.CounterKey, RaiseScript.SequenceField, count);

    public Task DeleteCounterAsync() => connection.GetDatabase().KeyDeleteAsync(names.CounterKey);

    /// <summary>
    /// Kills the pub/sub connections of the named server (CLIENT KILL), returning how many it killed.
    /// </summary>
    public async Task<int> KillSubscriptionsAsync(string application, string server)
    {
        var redis = connection.GetServer(connection.GetEndPoints()[0]);
        var killed = 0;
        foreach (var client in await redis.ClientListAsync())
        {
            if (client.Name == $"eventsystem.{application}.{server}" && client.SubscriptionCount > 0)
            {
                killed += (int)await redis.ClientKillAsync(id: client.Id, skipMe: true);
            }
        }

        return killed;
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
