namespace EventSystem.Wire;

/// <summary>
/// Pairs each stamp message with the body message right after it, as one raise publishes them back to back in one
/// transaction. A whole message (stamp and body in one) is read as it is. Not thread-safe: one receive loop feeds it.
/// </summary>
internal sealed class EnvelopeAssembler(int maxPayloadBytes)
{
    private (long Epoch, long First)? pendingStamp;

    public AssemblyResult Accept(ReadOnlyMemory<byte> message)
    {
        var abandoned = false;
        if (!EnvelopeReader.TryReadHead(message.Span, out var kind, out var reason))
        {
            return new AssemblyResult(null, reason, TakePending());
        }

        switch (kind)
        {
            case WireFormat.KindStamp:
                abandoned = TakePending();
                if (!EnvelopeReader.TryReadStamp(message.Span, out var epoch, out var first, out reason))
                {
                    return new AssemblyResult(null, reason, abandoned);
                }

                pendingStamp = (epoch, first);
                return new AssemblyResult(null, null, abandoned);

            case WireFormat.KindBody:
                if (pendingStamp is not { } stamp)
                {
                    return new AssemblyResult(null, DropReason.Unpaired, false);
                }

                pendingStamp = null;
                return EnvelopeReader.TryReadBody(stamp.Epoch, stamp.First, message, WireFormat.HeadLength,
                    maxPayloadBytes, out var paired, out reason)
                    ? new AssemblyResult(paired, null, false)
                    : new AssemblyResult(null, reason, false);

            default:
                abandoned = TakePending();
                return EnvelopeReader.TryRead(message, maxPayloadBytes, out var whole, out reason)
                    ? new AssemblyResult(whole, null, abandoned)
                    : new AssemblyResult(null, reason, abandoned);
        }
    }

    /// <summary>
    /// Forgets a waiting stamp (the subscription was cut, so its body will not come); true if there was one.
    /// </summary>
    public bool TakePending()
    {
        var had = pendingStamp is not null;
        pendingStamp = null;
        return had;
    }
}
