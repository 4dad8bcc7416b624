namespace EventSystem.Wire;

/// <summary>One event waiting to be written into an envelope, with the raiser's trace context if it had one.</summary>
internal readonly record struct OutgoingEvent(
    Guid EventId, Guid RaiserId, ReadOnlyMemory<byte> Payload, string? TraceParent = null)
{
    public int EncodedLength => WireFormat.EntryFixedLength + (TraceParent?.Length ?? 0) + Payload.Length;
}
