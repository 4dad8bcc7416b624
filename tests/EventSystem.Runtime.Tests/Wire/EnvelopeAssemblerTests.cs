using EventSystem.Wire;

namespace EventSystem.Runtime.Tests.Wire;

public sealed class EnvelopeAssemblerTests
{
    private static readonly SenderInfo Sender = new(Guid.NewGuid(), "shop", "web-01");
    private readonly EnvelopeAssembler assembler = new(1024);

    private static byte[] Body(int events = 1) => EnvelopeWriter.WriteBody(Sender, DateTimeOffset.UtcNow,
        Enumerable.Range(0, events)
            .Select(_ => new OutgoingEvent(Guid.NewGuid(), Guid.NewGuid(), new byte[3])).ToArray());

    [Fact]
    public void A_stamp_and_the_body_after_it_make_one_envelope()
    {
        var waiting = assembler.Accept(EnvelopeWriter.WriteStampMessage(epoch: 9, firstSequenceNumber: 40));
        Assert.Null(waiting.Envelope);
        Assert.Null(waiting.Rejected);

        var done = assembler.Accept(Body(events: 3));
        Assert.Equal(9, done.Envelope!.Epoch);
        Assert.Equal(40, done.Envelope.FirstSequenceNumber);
        Assert.Equal(42, done.Envelope.LastSequenceNumber);
        Assert.False(done.AbandonedStamp);
    }

    [Fact]
    public void A_body_without_a_stamp_is_unpaired()
    {
        var result = assembler.Accept(Body());
        Assert.Equal(DropReason.Unpaired, result.Rejected);
        Assert.Null(result.Envelope);
    }

    [Fact]
    public void A_stamp_that_is_followed_by_another_stamp_is_abandoned()
    {
        assembler.Accept(EnvelopeWriter.WriteStampMessage(1, 1));
        Assert.True(assembler.Accept(EnvelopeWriter.WriteStampMessage(1, 2)).AbandonedStamp);
        Assert.Equal(2, assembler.Accept(Body()).Envelope!.FirstSequenceNumber);
    }

    [Fact]
    public void A_whole_message_is_read_as_it_is_and_abandons_a_waiting_stamp()
    {
        assembler.Accept(EnvelopeWriter.WriteStampMessage(1, 1));
        var whole = assembler.Accept(EnvelopeWriter.WriteMessage(1, 7, Body()));
        Assert.True(whole.AbandonedStamp);
        Assert.Equal(7, whole.Envelope!.FirstSequenceNumber);
    }

    [Fact]
    public void Junk_after_a_stamp_is_rejected_and_the_stamp_abandoned()
    {
        assembler.Accept(EnvelopeWriter.WriteStampMessage(1, 1));
        var junk = assembler.Accept("junk"u8.ToArray());
        Assert.Equal(DropReason.Malformed, junk.Rejected);
        Assert.True(junk.AbandonedStamp);
        Assert.Equal(DropReason.Unpaired, assembler.Accept(Body()).Rejected);
    }

    [Fact]
    public void A_stamp_of_the_wrong_length_or_an_unknown_kind_is_rejected()
    {
        byte[] longStamp = [.. EnvelopeWriter.WriteStampMessage(1, 1), 0];
        Assert.Equal(DropReason.Malformed, assembler.Accept(longStamp).Rejected);
        var shortStamp = EnvelopeWriter.WriteStampMessage(1, 1).AsMemory(0, 10);
        Assert.Equal(DropReason.Truncated, assembler.Accept(shortStamp).Rejected);
        var unknownKind = EnvelopeWriter.WriteStampMessage(1, 1);
        unknownKind[3] = 7;
        Assert.Equal(DropReason.Malformed, assembler.Accept(unknownKind).Rejected);
    }

    [Fact]
    public void Forgetting_a_waiting_stamp_says_whether_there_was_one()
    {
        Assert.False(assembler.TakePending());
        assembler.Accept(EnvelopeWriter.WriteStampMessage(1, 1));
        Assert.True(assembler.TakePending());
        Assert.Equal(DropReason.Unpaired, assembler.Accept(Body()).Rejected);
    }
}
