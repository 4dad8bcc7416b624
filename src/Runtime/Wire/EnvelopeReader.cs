using System.Buffers.Binary;
using System.Text;

namespace EventSystem.Wire;

/// <summary>
/// Validates and decodes a received message. Every length is checked against what is left of the message and
/// against the limits before anything is allocated for it, so junk costs no more than reading its header.
/// </summary>
internal static class EnvelopeReader
{
    public static bool TryRead(
        ReadOnlyMemory<byte> message, int maxPayloadBytes, out Envelope? envelope, out DropReason reason)
    {
        envelope = null;
        var span = message.Span;
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

        if (span.Length < WireFormat.MinMessageLength)
        {
            reason = DropReason.Truncated;
            return false;
        }

        var epoch = BinaryPrimitives.ReadInt64BigEndian(span[4..]);
        var first = BinaryPrimitives.ReadInt64BigEndian(span[12..]);
        var offset = WireFormat.HeadLength + WireFormat.StampLength;
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
