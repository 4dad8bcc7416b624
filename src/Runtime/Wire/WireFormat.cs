namespace EventSystem.Wire;

/// <summary>
/// Layout of envelope version 1 (all integers big-endian):
/// <code>
/// head   magic "ES" (2) | version (1) | flags (1)
/// stamp  epoch (8) | first sequence number (8)          written by the Redis script, not by the sender
/// body   event count (2) | sent at, unix ms (8) | sender node id (16)
///        application name length (1) + UTF-8 | server name length (1) + UTF-8
///        per event: event id (16) | raiser id (16) | payload length (4) | trace context length (1)
///                   | W3C traceparent (ASCII, may be empty) | payload (UTF-8 JSON, empty = null)
/// </code>
/// The stamp sits between head and body so that the raise script can insert it without parsing anything.
/// </summary>
internal static class WireFormat
{
    public const byte Magic0 = (byte)'E';
    public const byte Magic1 = (byte)'S';
    public const byte Version1 = 1;

    public const int HeadLength = 4;
    public const int StampLength = 16;
    public const int BodyFixedLength = 2 + 8 + 16;
    public const int EntryFixedLength = 16 + 16 + 4 + 1;

    /// <summary>Longest trace context an entry may carry; a W3C traceparent takes 55.</summary>
    public const int MaxTraceContextBytes = 128;
    public const int MaxNameBytes = byte.MaxValue;

    /// <summary>Most events one message may carry; bounds what a receiver allocates for a batch.</summary>
    public const int MaxEventsPerMessage = 1024;

    public const int MinMessageLength = HeadLength + StampLength + BodyFixedLength + 2 + EntryFixedLength;

    private static readonly byte[] Head = [Magic0, Magic1, Version1, 0];

    /// <summary>The head every version 1 message starts with; passed to the raise script as is.</summary>
    public static ReadOnlyMemory<byte> HeadBytes => Head;
}
