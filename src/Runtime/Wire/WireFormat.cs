namespace EventSystem.Wire;

/// <summary>
/// Layout of envelope version 1 (all integers big-endian):
/// <code>
/// head   magic "ES" (2) | version (1) | kind (1): 0 whole, 1 stamp only, 2 body only
/// stamp  epoch (8) | first sequence number (8)          written by Redis, not by the sender
/// body   event count (2) | sent at, unix ms (8) | sender node id (16)
///        application name length (1) + UTF-8 | server name length (1) + UTF-8
///        per event: event id (16) | raiser id (16) | payload length (4) | trace context length (1)
///                   | W3C traceparent (ASCII, may be empty) | payload (UTF-8 JSON, empty = null)
/// </code>
/// A raise publishes two messages in one MULTI/EXEC: a stamp (head + stamp) that a small script writes after taking
/// the numbers, then the body (head + body) as a plain PUBLISH. Redis runs the transaction at once, so every
/// subscriber gets the two back to back; the body never passes through Lua, which would copy it twice. A whole
/// message (head + stamp + body) means the same as the pair and is read too.
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

    public const byte KindWhole = 0;
    public const byte KindStamp = 1;
    public const byte KindBody = 2;

    private static readonly byte[] WholeHead = [Magic0, Magic1, Version1, KindWhole];
    private static readonly byte[] StampHead = [Magic0, Magic1, Version1, KindStamp];
    private static readonly byte[] BodyHead = [Magic0, Magic1, Version1, KindBody];

    /// <summary>The head of a whole message: stamp and body in one.</summary>
    public static ReadOnlyMemory<byte> WholeHeadBytes => WholeHead;

    /// <summary>The head of a stamp message; passed to the raise script as is.</summary>
    public static ReadOnlyMemory<byte> StampHeadBytes => StampHead;

    /// <summary>The head of a body message.</summary>
    public static ReadOnlyMemory<byte> BodyHeadBytes => BodyHead;
}
