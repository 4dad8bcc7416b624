namespace EventSystem.Wire;

/// <summary>A decoded, validated message: one or more events sharing a stamp and a sender.</summary>
internal sealed record Envelope(
    long Epoch,
    long FirstSequenceNumber,
    DateTimeOffset SentAt,
    Guid SenderNodeId,
    string ApplicationName,
    string ServerName,
    IReadOnlyList<EnvelopeEntry> Entries)
{
    public long LastSequenceNumber => FirstSequenceNumber + Entries.Count - 1;
}
