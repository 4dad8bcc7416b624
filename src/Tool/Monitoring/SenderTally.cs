using EventSystem.Wire;

namespace EventSystem.Tool.Monitoring;

/// <summary>The senders seen on the channel during a listening window, keyed by node id.</summary>
internal sealed class SenderTally
{
    private readonly Dictionary<Guid, SenderSeen> senders = [];

    public int Undecodable { get; private set; }

    public IReadOnlyCollection<SenderSeen> Senders => senders.Values;

    public void Add(Envelope envelope, DateTimeOffset at)
    {
        if (!senders.TryGetValue(envelope.SenderNodeId, out var seen))
        {
            seen = new SenderSeen(envelope.SenderNodeId, envelope.ServerName);
            senders.Add(envelope.SenderNodeId, seen);
        }

        seen.Messages++;
        seen.Events += envelope.Entries.Count;
        seen.LastSequenceNumber = envelope.LastSequenceNumber;
        seen.LastSeen = at;
    }

    public void AddUndecodable() => Undecodable++;
}
