using System.Buffers.Binary;
using System.Text;

namespace EventSystem.Wire;

/// <summary>Writes envelope bodies for the raise script, and whole envelopes for tests and local carriers.</summary>
internal static class EnvelopeWriter
{
    /// <summary>Measures a body without writing it, so that a batch can stop growing before a limit.</summary>
    public static int MeasureBody(SenderInfo sender, IReadOnlyList<OutgoingEvent> events)
    {
        var length = WireFormat.BodyFixedLength + 2
            + Encoding.UTF8.GetByteCount(sender.ApplicationName) + Encoding.UTF8.GetByteCount(sender.ServerName);
        foreach (var item in events)
        {
            length += item.EncodedLength;
        }

        return length;
    }

    /// <summary>Writes a body message: the body head followed by the body, ready to publish as is.</summary>
    public static byte[] WriteBody(SenderInfo sender, DateTimeOffset sentAt, IReadOnlyList<OutgoingEvent> events)
    {
        foreach (var item in events)
        {
            if (item.TraceParent is { } trace
                && (trace.Length > WireFormat.MaxTraceContextBytes || !System.Text.Ascii.IsValid(trace)))
            {
                throw new ArgumentException($"Trace context '{trace}' is not ASCII of at most 128 characters.",
                    nameof(events));
            }
        }

        if (events.Count is 0 or > WireFormat.MaxEventsPerMessage)
        {
            throw new ArgumentOutOfRangeException(
                nameof(events), events.Count, "An envelope carries 1 to 1024 events.");
        }

        var buffer = new byte[WireFormat.HeadLength + MeasureBody(sender, events)];
        WireFormat.BodyHeadBytes.Span.CopyTo(buffer);
        var span = buffer.AsSpan(WireFormat.HeadLength);
        BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)events.Count);
        BinaryPrimitives.WriteInt64BigEndian(span[2..], sentAt.ToUnixTimeMilliseconds());
        sender.NodeId.TryWriteBytes(span[10..], bigEndian: true, out _);
        var offset = WireFormat.BodyFixedLength;
        offset += WriteName(span[offset..], sender.ApplicationName);
        offset += WriteName(span[offset..], sender.ServerName);
        foreach (var item in events)
        {
            item.EventId.TryWriteBytes(span[offset..], bigEndian: true, out _);
            item.RaiserId.TryWriteBytes(span[(offset + 16)..], bigEndian: true, out _);
            BinaryPrimitives.WriteInt32BigEndian(span[(offset + 32)..], item.Payload.Length);
            var trace = item.TraceParent ?? string.Empty;
            span[offset + 36] = checked((byte)trace.Length);
            var traceAt = offset + WireFormat.EntryFixedLength;
            Encoding.ASCII.GetBytes(trace, span[traceAt..]);
            item.Payload.Span.CopyTo(span[(traceAt + trace.Length)..]);
            offset += item.EncodedLength;
        }

        return buffer;
    }

    /// <summary>
    /// Makes a whole message (head, stamp, body) from a body message, as tests and tools hand-craft them.
    /// </summary>
    public static byte[] WriteMessage(long epoch, long firstSequenceNumber, ReadOnlySpan<byte> bodyMessage)
    {
        var body = bodyMessage[WireFormat.HeadLength..];
        var message = new byte[WireFormat.HeadLength + WireFormat.StampLength + body.Length];
        WireFormat.WholeHeadBytes.Span.CopyTo(message);
        WriteStamp(message.AsSpan(WireFormat.HeadLength), epoch, firstSequenceNumber);
        body.CopyTo(message.AsSpan(WireFormat.HeadLength + WireFormat.StampLength));
        return message;
    }

    /// <summary>Makes a stamp message, as the raise script does.</summary>
    public static byte[] WriteStampMessage(long epoch, long firstSequenceNumber)
    {
        var message = new byte[WireFormat.HeadLength + WireFormat.StampLength];
        WireFormat.StampHeadBytes.Span.CopyTo(message);
        WriteStamp(message.AsSpan(WireFormat.HeadLength), epoch, firstSequenceNumber);
        return message;
    }

    private static void WriteStamp(Span<byte> destination, long epoch, long firstSequenceNumber)
    {
        BinaryPrimitives.WriteInt64BigEndian(destination, epoch);
        BinaryPrimitives.WriteInt64BigEndian(destination[8..], firstSequenceNumber);
    }

    private static int WriteName(Span<byte> destination, string name)
    {
        var written = Encoding.UTF8.GetBytes(name, destination[1..]);
        destination[0] = checked((byte)written);
        return written + 1;
    }
}
