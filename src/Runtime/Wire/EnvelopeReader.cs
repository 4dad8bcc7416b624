using System.Buffers.Binary;
using System.Text;

namespace EventSystem.Wire;

/// <summary>
/// Validates and decodes a received message. Every length is checked against what is left of the message and
/// against the limits before anything is allocated for it, so junk costs no more than reading its header.
/// </summary>
internal static class EnvelopeReader
{
    /// <summary>Reads a whole message (head, stamp and body in one).</summary>
    public static bool TryRead(
        ReadOnlyMemory<byte> message, int maxPayloadBytes, out Envelope? envelope, out DropReason reason)
    {
        envelope = null;
        var span = message.Span;
        if (!TryReadHead(span, out var kind, out reason))
        {
            return false;
        }

        if (kind != WireFormat.KindWhole)
        {
            reason = DropReason.Malformed;
            return false;
        }

        if (span.Length < WireFormat.MinMessageLength)
        {
            reason = DropReason.Truncated;
            return false;
        }

        var epoch = BinaryPrimitives.ReadInt64BigEndian(span[4..]);
        var first = BinaryPrimitives.ReadInt64BigEndian(span[12..]);
        return TryReadBody(epoch, first, message, WireFormat.HeadLength + WireFormat.StampLength, maxPayloadBytes,
            out envelope, out reason);
    }

    /// <summary>Checks the magic bytes and the version, and tells what kind of message follows.</summary>
    public static bool TryReadHead(ReadOnlySpan<byte> span, out byte kind, out DropReason reason)
    {
        kind = 0;
        if (span.Length < WireFormat.HeadLength || span[0] != WireFormat.Magic0 || span[1] != WireFormat.Magic1)
        {
            reason = DropReason.Malformed;
            return false;
        }

        if (span[2] != WireFormat.Version1)
        {
            reason = DropReason.UnknownVersion;
            return false;
        }

        kind = span[3];
        reason = default;
        return kind is WireFormat.KindWhole or WireFormat.KindStamp or WireFormat.KindBody
            || Fail(DropReason.Malformed, out reason);
    }

    /// <summary>Reads a stamp message: exactly a head and a stamp.</summary>
    public static bool TryReadStamp(ReadOnlySpan<byte> span, out long epoch, out long first, out DropReason reason)
    {
        epoch = first = 0;
        if (span.Length != WireFormat.HeadLength + WireFormat.StampLength)
        {
            return Fail(span.Length < WireFormat.HeadLength + WireFormat.StampLength
                ? DropReason.Truncated : DropReason.Malformed, out reason);
        }

        epoch = BinaryPrimitives.ReadInt64BigEndian(span[4..]);
        first = BinaryPrimitives.ReadInt64BigEndian(span[12..]);
        reason = default;
        return first >= 1 || Fail(DropReason.Malformed, out reason);
    }

    /// <summary>
    /// Reads the body that starts at <paramref name="bodyStart"/> of <paramref name="message"/>, under the stamp
    /// it came with. Payloads stay slices of the message.
    /// </summary>
    public static bool TryReadBody(long epoch, long first, ReadOnlyMemory<byte> message, int bodyStart,
        int maxPayloadBytes, out Envelope? envelope, out DropReason reason)
    {
        envelope = null;
        var span = message.Span;
        if (span.Length - bodyStart < WireFormat.BodyFixedLength + 2 + WireFormat.EntryFixedLength)
        {
            return Fail(DropReason.Truncated, out reason);
        }

        var offset = bodyStart;
        int count = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
        var sentAtMs = BinaryPrimitives.ReadInt64BigEndian(span[(offset + 2)..]);
        var sender = new Guid(span.Slice(offset + 10, 16), bigEndian: true);
        offset += WireFormat.BodyFixedLength;
        if (count is 0 or > WireFormat.MaxEventsPerMessage || first < 1 || first > long.MaxValue - count
            || sentAtMs < 0 || sentAtMs > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            reason = DropReason.Malformed;
            return false;
        }

        if (!TryReadName(span, ref offset, out var application, out reason)
            || !TryReadName(span, ref offset, out var server, out reason))
        {
            return false;
        }

        // Walk the entries once to validate every length before allocating the entry list.
        var scan = offset;
        for (var i = 0; i < count; i++)
        {
            if (span.Length - scan < WireFormat.EntryFixedLength)
            {
                reason = DropReason.Truncated;
                return false;
            }

            var length = BinaryPrimitives.ReadInt32BigEndian(span[(scan + 32)..]);
            int traceLength = span[scan + 36];
            if (length < 0 || traceLength > WireFormat.MaxTraceContextBytes)
            {
                reason = DropReason.Malformed;
                return false;
            }

            if (length > maxPayloadBytes)
            {
                reason = DropReason.Oversized;
                return false;
            }

            if (span.Length - scan - WireFormat.EntryFixedLength - traceLength < length)
            {
                reason = DropReason.Truncated;
                return false;
            }

            if (!System.Text.Ascii.IsValid(span.Slice(scan + WireFormat.EntryFixedLength, traceLength)))
            {
                reason = DropReason.Malformed;
                return false;
            }

            scan += WireFormat.EntryFixedLength + traceLength + length;
        }

        if (scan != span.Length)
        {
            reason = DropReason.Malformed;
            return false;
        }

        var entries = new EnvelopeEntry[count];
        for (var i = 0; i < count; i++)
        {
            var eventId = new Guid(span.Slice(offset, 16), bigEndian: true);
            var raiserId = new Guid(span.Slice(offset + 16, 16), bigEndian: true);
            var length = BinaryPrimitives.ReadInt32BigEndian(span[(offset + 32)..]);
            int traceLength = span[offset + 36];
            var traceAt = offset + WireFormat.EntryFixedLength;
            var trace = traceLength == 0 ? null : Encoding.ASCII.GetString(span.Slice(traceAt, traceLength));
            var payload = message.Slice(traceAt + traceLength, length);
            entries[i] = new EnvelopeEntry(eventId, raiserId, payload, trace);
            offset += WireFormat.EntryFixedLength + traceLength + length;
        }

        envelope = new Envelope(
            epoch, first, DateTimeOffset.FromUnixTimeMilliseconds(sentAtMs), sender, application, server, entries);
        reason = default;
        return true;
    }

    private static bool Fail(DropReason failure, out DropReason reason)
    {
        reason = failure;
        return false;
    }

    private static bool TryReadName(ReadOnlySpan<byte> span, ref int offset, out string name, out DropReason reason)
    {
        name = string.Empty;
        if (offset >= span.Length || span.Length - offset - 1 < span[offset])
        {
            reason = DropReason.Truncated;
            return false;
        }

        var bytes = span.Slice(offset + 1, span[offset]);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            reason = DropReason.Malformed;
            return false;
        }

        name = Encoding.UTF8.GetString(bytes);
        offset += bytes.Length + 1;
        reason = default;
        return true;
    }
}
