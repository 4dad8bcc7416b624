using System.Collections.Concurrent;
using EventSystem.Transport.Redis;
using EventSystem.Wire;
using StackExchange.Redis;

namespace EventSystem.Runtime.Tests.Support;

/// <summary>Subscribes to an application's channel as a bystander and keeps every envelope that goes by.</summary>
internal sealed class EnvelopeTap : IAsyncDisposable
{
    private readonly ConnectionMultiplexer connection;
    private readonly ConcurrentQueue<Envelope> envelopes = new();

    private EnvelopeTap(ConnectionMultiplexer connection) => this.connection = connection;

    public IReadOnlyCollection<Envelope> Envelopes => envelopes;

    public static async Task<EnvelopeTap> StartAsync(string redis, string application)
    {
        var tap = new EnvelopeTap(await ConnectionMultiplexer.ConnectAsync(redis));
        var channel = RedisChannel.Literal(RedisNames.For(application).Channel);
        // A queue handled in order: a stamp and its body arrive as two messages that must be paired.
        var queue = await tap.connection.GetSubscriber().SubscribeAsync(channel);
        var assembler = new EnvelopeAssembler(1 << 20);
        queue.OnMessage(message =>
        {
            if (assembler.Accept((byte[])message.Message!).Envelope is { } envelope)
            {
                tap.envelopes.Enqueue(envelope);
            }
        });
        return tap;
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
