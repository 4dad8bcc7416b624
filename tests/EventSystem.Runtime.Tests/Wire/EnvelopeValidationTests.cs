using System.Buffers.Binary;
using System.Text;
using EventSystem.Wire;

namespace EventSystem.Runtime.Tests.Wire;

public sealed class EnvelopeValidationTests
{
    private static readonly SenderInfo Sender = new(Guid.NewGuid(), "shop", "web-01");

    private static byte[] ValidMessage(int payloadBytes = 10)
    {
        var body = EnvelopeWriter.WriteBody(Sender, DateTimeOffset.UtcNow,
            [new OutgoingEvent(Guid.NewGuid(), Guid.NewGuid(), new byte[payloadBytes])]);
        return EnvelopeWriter.WriteMessage(7, 1, body);
    }

    private static DropReason Rejected(byte[] message, int maxPayload = 1024)
    {
        Assert.False(EnvelopeReader.TryRead(message, maxPayload, out var envelope, out var reason));
        Assert.Null(envelope);
        return reason;
    }

    [Fact]
    public void Text_that_is_not_an_envelope_is_malformed()
    {
        Assert.Equal(DropReason.Malformed, Rejected(Encoding.UTF8.GetBytes("hello from a foreign client")));
        Assert.Equal(DropReason.Malformed, Rejected([]));
    }

    [Fact]
    public void An_unknown_version_is_named_as_such()
    {
        var message = ValidMessage();
        message[2] = 99;
        Assert.Equal(DropReason.UnknownVersion, Rejected(message));
    }

    [Fact]
    public void Every_truncation_is_rejected_without_throwing()
    {
        var message = ValidMessage();
        for (var length = WireFormat.HeadLength; length < message.Length; length++)
        {
            var reason = Rejected(message[..length]);
            Assert.True(reason is DropReason.Truncated or DropReason.Malformed, $"length {length}: {reason}");
        }
    }

    [Fact]
    public void Trailing_bytes_make_an_envelope_malformed()
    {
        Assert.Equal(DropReason.Malformed, Rejected([.. ValidMessage(), 0]));
    }

    [Fact]
    public void A_payload_over_the_limit_is_oversized()
    {
        Assert.Equal(DropReason.Oversized, Rejected(ValidMessage(payloadBytes: 2000), maxPayload: 1000));
    }

    [Fact]
    public void A_huge_declared_payload_length_is_rejected_before_allocation()
    {
        var message = ValidMessage();
        var lengthOffset = message.Length - 10 - 1 - 4;
        BinaryPrimitives.WriteInt32BigEndian(message.AsSpan(lengthOffset), int.MaxValue);
        Assert.Equal(DropReason.Oversized, Rejected(message));
        BinaryPrimitives.WriteInt32BigEndian(message.AsSpan(lengthOffset), -1);
        Assert.Equal(DropReason.Malformed, Rejected(message));
    }

    [Fact]
    public void A_trace_context_over_the_limit_or_not_ascii_is_malformed()
    {
        var message = ValidMessage();
        var traceLengthOffset = message.Length - 10 - 1;
        message[traceLengthOffset] = WireFormat.MaxTraceContextBytes + 1;
        Assert.Equal(DropReason.Malformed, Rejected(message));

        // One byte of the payload becomes a one-byte trace context that is not ASCII.
        message[traceLengthOffset] = 1;
        message[traceLengthOffset + 1] = 0xC3;
        BinaryPrimitives.WriteInt32BigEndian(message.AsSpan(traceLengthOffset - 4), 9);
        Assert.Equal(DropReason.Malformed, Rejected(message));
    }

    [Fact]
    public void A_count_of_zero_or_above_the_maximum_is_malformed()
    {
        var message = ValidMessage();
        var countOffset = WireFormat.HeadLength + WireFormat.StampLength;
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(countOffset), 0);
        Assert.Equal(DropReason.Malformed, Rejected(message));
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(countOffset), WireFormat.MaxEventsPerMessage + 1);
        Assert.Equal(DropReason.Malformed, Rejected(message));
    }

    [Fact]
    public void A_sequence_number_below_one_is_malformed()
    {
        var message = ValidMessage();
        BinaryPrimitives.WriteInt64BigEndian(message.AsSpan(WireFormat.HeadLength + 8), 0);
        Assert.Equal(DropReason.Malformed, Rejected(message));
    }

    [Fact]
    public void A_name_that_is_not_utf8_is_malformed()
    {
        var message = ValidMessage();
        var nameOffset = WireFormat.HeadLength + WireFormat.StampLength + WireFormat.BodyFixedLength + 1;
        message[nameOffset] = 0xFF;
        Assert.Equal(DropReason.Malformed, Rejected(message));
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(1234);
        var valid = ValidMessage();
        for (var i = 0; i < 5000; i++)
        {
            var message = (byte[])valid.Clone();
            for (var flips = 0; flips < 3; flips++)
            {
                message[random.Next(WireFormat.HeadLength, message.Length)] = (byte)random.Next(256);
            }

            // Either it still decodes (a flipped id or payload byte) or it is rejected with a reason; never a throw.
            if (EnvelopeReader.TryRead(message, 1024, out var envelope, out _))
            {
                Assert.Single(envelope!.Entries);
            }
        }
    }
}
