using System.Text;
using EventSystem.Wire;

namespace EventSystem.Runtime.Tests.Wire;

public sealed class EnvelopeRoundTripTests
{
    private const string TraceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static readonly SenderInfo Sender = new(Guid.NewGuid(), "shop", "web-01:4711");

    [Fact]
    public void A_batch_reads_back_field_for_field()
    {
        var sentAt = new DateTimeOffset(2026, 12, 4, 10, 0, 0, 123, TimeSpan.Zero);
        OutgoingEvent[] events =
        [
            new(Guid.NewGuid(), Guid.NewGuid(), Encoding.UTF8.GetBytes("\"42\"")),
            new(Guid.NewGuid(), Guid.NewGuid(), ReadOnlyMemory<byte>.Empty, TraceParent),
            new(Guid.NewGuid(), Guid.NewGuid(), Encoding.UTF8.GetBytes("{\"a\":[1,2,3]}")),
        ];
        var body = EnvelopeWriter.WriteBody(Sender, sentAt, events);
        var message = EnvelopeWriter.WriteMessage(epoch: 0x1122334455667788, firstSequenceNumber: 41, body);

        Assert.True(EnvelopeReader.TryRead(message, 1024, out var envelope, out _));
        Assert.Equal(0x1122334455667788, envelope!.Epoch);
        Assert.Equal(41, envelope.FirstSequenceNumber);
        Assert.Equal(43, envelope.LastSequenceNumber);
        Assert.Equal(sentAt, envelope.SentAt);
        Assert.Equal(Sender.NodeId, envelope.SenderNodeId);
        Assert.Equal("shop", envelope.ApplicationName);
        Assert.Equal("web-01:4711", envelope.ServerName);
        Assert.Equal(3, envelope.Entries.Count);
        for (var i = 0; i < events.Length; i++)
        {
            Assert.Equal(events[i].EventId, envelope.Entries[i].EventId);
            Assert.Equal(events[i].RaiserId, envelope.Entries[i].RaiserId);
            Assert.Equal(events[i].Payload.ToArray(), envelope.Entries[i].Payload.ToArray());
            Assert.Equal(events[i].TraceParent, envelope.Entries[i].TraceParent);
        }
    }

    [Fact]
    public void Measured_length_matches_written_length()
    {
        OutgoingEvent[] events = [new(Guid.NewGuid(), Guid.Empty, new byte[200])];
        var body = EnvelopeWriter.WriteBody(Sender, DateTimeOffset.UnixEpoch, events);
        Assert.Equal(WireFormat.HeadLength + EnvelopeWriter.MeasureBody(Sender, events), body.Length);
    }

    [Fact]
    public void A_trace_context_that_is_not_short_ascii_is_refused()
    {
        Assert.Throws<ArgumentException>(() => EnvelopeWriter.WriteBody(Sender, DateTimeOffset.UnixEpoch,
            [new OutgoingEvent(Guid.NewGuid(), Guid.Empty, ReadOnlyMemory<byte>.Empty, "trace-ü")]));
        Assert.Throws<ArgumentException>(() => EnvelopeWriter.WriteBody(Sender, DateTimeOffset.UnixEpoch,
            [new OutgoingEvent(Guid.NewGuid(), Guid.Empty, ReadOnlyMemory<byte>.Empty, new string('0', 129))]));
    }

    [Fact]
    public void Writing_more_events_than_one_message_carries_is_refused()
    {
        var events = Enumerable.Range(0, WireFormat.MaxEventsPerMessage + 1)
            .Select(_ => new OutgoingEvent(Guid.NewGuid(), Guid.Empty, ReadOnlyMemory<byte>.Empty)).ToArray();
        Assert.Throws<ArgumentOutOfRangeException>(
            () => EnvelopeWriter.WriteBody(Sender, DateTimeOffset.UnixEpoch, events));
    }
}
