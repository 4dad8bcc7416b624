using System.Text.Json;
using StackExchange.Redis;

namespace EventSystem.Benchmarks;

/// <summary>The baseline: plain StackExchange.Redis PUBLISH and SUBSCRIBE of the JSON payload.</summary>
internal sealed class RawRedisPair : IMessagingPair
{
    private readonly ConnectionMultiplexer sender;
    private readonly ConnectionMultiplexer receiver;
    private readonly RedisChannel channel;
    private Action<BenchPayload> arrival = static _ => { };

    private RawRedisPair(ConnectionMultiplexer sender, ConnectionMultiplexer receiver, RedisChannel channel)
    {
        this.sender = sender;
        this.receiver = receiver;
        this.channel = channel;
    }

    public string Name => "raw";

    public int WireBytesPerEvent { get; private set; }

    public static async Task<RawRedisPair> StartAsync(string redis, string channelName)
    {
        var sender = await ConnectionMultiplexer.ConnectAsync(redis);
        var receiver = await ConnectionMultiplexer.ConnectAsync(redis);
        var pair = new RawRedisPair(sender, receiver, RedisChannel.Literal(channelName));
        await receiver.GetSubscriber().SubscribeAsync(pair.channel, pair.Receive);
        return pair;
    }

    public Task SendAsync(BenchPayload payload)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, BenchJsonContext.Default.BenchPayload);
        WireBytesPerEvent = bytes.Length;
        return sender.GetSubscriber().PublishAsync(channel, bytes);
    }

    public void OnArrival(Action<BenchPayload> arrival) => this.arrival = arrival;

    public async ValueTask DisposeAsync()
    {
        await receiver.GetSubscriber().UnsubscribeAllAsync();
        await receiver.DisposeAsync();
        await sender.DisposeAsync();
    }

    private void Receive(RedisChannel from, RedisValue message)
    {
        var payload = JsonSerializer.Deserialize((byte[])message!, BenchJsonContext.Default.BenchPayload);
        arrival(payload!);
    }
}
