namespace EventSystem.Wire;

/// <summary>One decoded event of an envelope; the payload is a slice of the received message, not a copy.</summary>
internal readonly record struct EnvelopeEntry(
    Guid EventId, Guid RaiserId, ReadOnlyMemory<byte> Payload, string? TraceParent = null);
