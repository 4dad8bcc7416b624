using EventSystem.Wire;

namespace EventSystem.Diagnostics;

/// <summary>Lock-free counters behind <see cref="EventSystemStatistics"/>.</summary>
internal sealed class NodeCounters
{
    private readonly long[] dropped = new long[Enum.GetValues<DropReason>().Length];
    private long sent;
    private long received;
    private long missedEvents;
    private long missedReports;
    private long handlerFailures;
    private long epochResets;
    private long subscriptionLosses;

    public void Sent() => Interlocked.Increment(ref sent);

    public void Received() => Interlocked.Increment(ref received);

    public void Missed(long count)
    {
        Interlocked.Add(ref missedEvents, count);
        Interlocked.Increment(ref missedReports);
    }

    public void HandlerFailed() => Interlocked.Increment(ref handlerFailures);

    public void EpochReset() => Interlocked.Increment(ref epochResets);

    public void SubscriptionLost() => Interlocked.Increment(ref subscriptionLosses);

    public void Dropped(DropReason reason) => Interlocked.Increment(ref dropped[(int)reason]);

    public EventSystemStatistics Snapshot(int heldOutOfOrder) => new()
    {
        Sent = Interlocked.Read(ref sent),
        Received = Interlocked.Read(ref received),
        MissedEvents = Interlocked.Read(ref missedEvents),
        MissedReports = Interlocked.Read(ref missedReports),
        HandlerFailures = Interlocked.Read(ref handlerFailures),
        EpochResets = Interlocked.Read(ref epochResets),
        SubscriptionLosses = Interlocked.Read(ref subscriptionLosses),
        HeldOutOfOrder = heldOutOfOrder,
        Dropped = Enum.GetValues<DropReason>().ToDictionary(r => r, r => Interlocked.Read(ref dropped[(int)r])),
    };
}
