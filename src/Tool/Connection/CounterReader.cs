using EventSystem.Transport;
using EventSystem.Transport.Redis;
using StackExchange.Redis;

namespace EventSystem.Tool.Connection;

/// <summary>Reads the application's counter through the runtime's own transport, so both decode it alike.</summary>
internal static class CounterReader
{
    public static async Task<CounterSnapshot> ReadAsync(IConnectionMultiplexer connection, RedisNames names)
    {
        // Never started, the transport only issues commands and leaves the connection to its owner.
        var transport = new RedisTransport(connection, ownsConnection: false, names);
        await using (transport.ConfigureAwait(false))
        {
            return await transport.ReadCounterAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
