namespace EventSystem.Wire;

/// <summary>One event waiting to be written into an envelope.</summary>
internal readonly record struct OutgoingEvent(Guid EventId, Guid RaiserId, ReadOnlyMemory<byte> Payload)
{
    public int EncodedLength => WireFormat.EntryFixedLength + Payload.Length;
}
