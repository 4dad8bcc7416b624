namespace EventSystem.Wire;

/// <summary>
/// What one received message made of the stream: a complete envelope, nothing yet (a stamp waits for its body), or
/// a rejection. Independently, a stamp that was waiting may have been given up because no body followed it.
/// </summary>
internal readonly record struct AssemblyResult(Envelope? Envelope, DropReason? Rejected, bool AbandonedStamp);
