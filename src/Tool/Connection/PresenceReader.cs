using System.Text;
using System.Text.Json;
using EventSystem.Diagnostics;
using EventSystem.Tool.Monitoring;
using EventSystem.Transport.Redis;
using StackExchange.Redis;

namespace EventSystem.Tool.Connection;

/// <summary>
/// Reads the presence hash the nodes keep (<c>HSET eventsystem:{app}:nodes server/nodeId json</c>) and decodes
/// each field with the runtime's own JSON contract. Anything that is not such a record becomes a problem entry.
/// </summary>
internal static class PresenceReader
{
    private const int HeadLength = 40;

    /// <summary>The last millisecond of year 9999, the latest time <see cref="DateTimeOffset"/> holds.</summary>
    private const long MaxUnixMilliseconds = 253_402_300_799_999;

    public static async Task<IReadOnlyList<PresenceField>> ReadAsync(IConnectionMultiplexer connection,
        RedisNames names)
    {
        HashEntry[] entries;
        try
        {
            entries = await connection.GetDatabase().HashGetAllAsync(names.NodesKey).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("WRONGTYPE", StringComparison.Ordinal))
        {
            return [new PresenceField(names.NodesKey, null, "the key is not a hash", 0, "")];
        }

        return [.. entries.Select(entry => Decode(Printable((byte[]?)entry.Name ?? []), (byte[]?)entry.Value ?? []))];
    }

    public static PresenceField Decode(string field, byte[] value)
    {
        var head = Printable(value.AsSpan(0, Math.Min(value.Length, HeadLength)).ToArray());
        NodePresence? node;
        try
        {
            node = JsonSerializer.Deserialize(value, PresenceJsonContext.Default.NodePresence);
        }
        catch (JsonException ex)
        {
            var where = ex.BytePositionInLine is { } position ? $" at byte {position}" : "";
            return new PresenceField(field, null, $"not a presence record (bad JSON{where})", value.Length, head);
        }

        var problem = node switch
        {
            null => "not a presence record (JSON null)",
            { Server: null or "" } => "no server name",
            { NodeId: var id } when id == Guid.Empty => "no node id",
            { StartedAt: < 0 or > MaxUnixMilliseconds } or { SeenAt: < 0 or > MaxUnixMilliseconds } =>
                "times out of range",
            _ when field != $"{node.Server}/{node.NodeId:N}" => "field name does not match the record's server/node",
            _ => null,
        };
        return new PresenceField(field, problem is null ? node : null, problem, value.Length, head);
    }

    /// <summary>Text safe for a terminal: invalid UTF-8 and control characters become '?'.</summary>
    private static string Printable(byte[] bytes)
    {
        var text = new UTF8Encoding(false, false).GetString(bytes);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || source[i] == '\uFFFD' ? '?' : source[i];
            }
        });
    }
}
